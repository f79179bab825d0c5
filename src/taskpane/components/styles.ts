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
  /** An area nested in another: no padding of its own. */
  flush: { padding: 0 },
  fieldset: { border: "none", margin: 0, padding: 0, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  heading: { margin: 0 },
});
