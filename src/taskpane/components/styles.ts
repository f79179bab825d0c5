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
  /** A row whose controls line up at their bottom edge (an input under its label beside a button). */
  bottom: { alignItems: "flex-end" },
  /** A field that takes the row's free width. */
  grow: { flexGrow: 1, minWidth: "12em" },
  /** The seal code: a label, the code large enough to read off against the paper, a hint. */
  code: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
});
