import { makeStyles, tokens } from "@fluentui/react-components";

/** Layout shared by the four areas: a column of sections with even gaps. */
export const useAreaStyles = makeStyles({
  area: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: "center",
  },
  muted: { color: tokens.colorNeutralForeground3 },
  heading: { margin: 0 },
});
