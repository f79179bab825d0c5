import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

export const useAreaStyles = makeStyles({
  area: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, padding: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS, alignItems: "end" },
  scroll: { overflowX: "auto", maxHeight: "420px", overflowY: "auto", ...shorthands.border("1px", "solid", tokens.colorNeutralStroke2) },
  marked: { backgroundColor: tokens.colorPaletteRedBackground1 },
  duplicate: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  clickable: { cursor: "pointer" },
  muted: { color: tokens.colorNeutralForeground3 },
});
