import type ExcelJS from "exceljs";
import { cellAddress } from "../../src/core/grid/address";
import { STORE_SHEET } from "../../src/core/workbook";
import { writeText } from "../../src/xlsx/safeText";

/**
 * Replaces the very hidden store sheet with these rows, through exceljs: how a test lays out or
 * tampers with a store as another tool might write it. Every cell is written as a string cell
 * (t="s"), never a formula; the sheet is very hidden so that only code (or the VBA editor)
 * can show it, and it is recreated rather than edited so that no stale chunk survives.
 */
export function writeStoreSheet(workbook: ExcelJS.Workbook, rows: readonly (readonly string[])[]): void {
  const existing = workbook.getWorksheet(STORE_SHEET);
  if (existing !== undefined) workbook.removeWorksheet(existing.id);
  const ws = workbook.addWorksheet(STORE_SHEET, { state: "veryHidden" });
  rows.forEach((row, r) => row.forEach((text, c) => writeText(ws.getCell(cellAddress(r + 1, c + 1)), text)));
}
