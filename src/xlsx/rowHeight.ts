import type ExcelJS from "exceljs";
import stringWidth from "string-width";
import { cellText, type CellValue } from "../core/grid/cell";

/** Points per line of 10.5–11 pt text, as Excel lays it out. */
const LINE_HEIGHT = 14.5;

/**
 * Excel and LibreOffice keep a row's stored height when they open a file, so wrapped text in a
 * row written here would be cut off on screen and run into the next row on paper. This sets the
 * height the row's longest wrapped cell needs: column widths are in widths of "0", and a Chinese
 * character takes two of them.
 */
export function fitRowHeight(row: ExcelJS.Row, values: readonly CellValue[], columnWidths: readonly number[], minHeight = 18): void {
  let lines = 1;
  values.forEach((value, i) => {
    const usable = Math.max(1, (columnWidths[i] ?? 10) - 1);
    for (const line of cellText(value).split(/\r?\n/)) {
      lines = Math.max(lines, Math.ceil(stringWidth(line) / usable));
    }
  });
  row.height = Math.max(minHeight, lines * LINE_HEIGHT + 4);
}
