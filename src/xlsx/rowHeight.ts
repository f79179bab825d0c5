import type ExcelJS from "exceljs";
import stringWidth from "string-width";
import { cellText, type CellValue } from "../core/grid/cell";
import { wrappedHeight } from "../core/text/wrappedHeight";

/** Sets the height the row's longest wrapped cell needs (core/text/wrappedHeight.ts), measured by string-width. */
export function fitRowHeight(row: ExcelJS.Row, values: readonly CellValue[], columnWidths: readonly number[], minHeight = 18): void {
  row.height = wrappedHeight(
    values.map((value, i) => ({ text: cellText(value), width: columnWidths[i] ?? 10 })),
    stringWidth,
    minHeight,
  );
}
