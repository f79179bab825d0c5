import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

export const useAreaStyles = makeStyles({
  area: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, padding: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS, alignItems: "end" },
  scroll: { overflowX: "auto", maxHeight: "420px", overflowY: "auto", ...shorthands.border("1px", "solid", tokens.colorNeutralStroke2) },
  marked: { backgroundColor: tokens.colorPaletteRedBackground1 },
  duplicate: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  clickable: { cursor: "pointer" },
  /**
   * A review sheet's table sizes its columns by their content (Fluent's fixed layout gives every
   * column the same width), and a cell's text wraps inside its own column, even a file name with no
   * space in it, rather than running over the next one; no column narrower than two characters
   * and a bit, so that a short heading (企业数) does not stand one character a line.
   */
  sheetTable: { tableLayout: "auto" },
  sheetCell: { overflowWrap: "anywhere", verticalAlign: "top", minWidth: "3em" },
  muted: { color: tokens.colorNeutralForeground3 },
});
