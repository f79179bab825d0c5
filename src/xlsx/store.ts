import type ExcelJS from "exceljs";
import { cellAddress } from "../core/grid/address";
import type { CellValue } from "../core/grid/cell";
import { gridBottom, gridCell, gridRight, type Grid } from "../core/grid/grid";
import { STORE_SHEET } from "../core/workbook";
import { writeText } from "./safeText";

/** The store sheet's rows as read (from A1), or undefined when the workbook has none. */
export function storeRowsOf(grids: readonly Grid[]): CellValue[][] | undefined {
  const grid = grids.find((g) => g.sheet === STORE_SHEET);
  if (grid === undefined || grid.values.length === 0) return undefined;
  const rows: CellValue[][] = [];
  const right = gridRight(grid);
  for (let r = 1; r <= gridBottom(grid); r++) {
    const row: CellValue[] = [];
    for (let c = 1; c <= right; c++) row.push(gridCell(grid, r, c));
    rows.push(row);
  }
  return rows;
}

/**
 * Replaces the very hidden store sheet with these rows. Every cell is written as a string cell
 * (t="s"), never a formula; the sheet is very hidden so that only code (or the VBA editor)
 * can show it, and it is recreated rather than edited so that no stale chunk survives.
 */
export function writeStoreSheet(workbook: ExcelJS.Workbook, rows: readonly (readonly string[])[]): void {
  const existing = workbook.getWorksheet(STORE_SHEET);
  if (existing !== undefined) workbook.removeWorksheet(existing.id);
  const ws = workbook.addWorksheet(STORE_SHEET, { state: "veryHidden" });
  rows.forEach((row, r) => row.forEach((text, c) => writeText(ws.getCell(cellAddress(r + 1, c + 1)), text)));
}
