import type ExcelJS from "exceljs";
import { cellAddress } from "../core/grid/address";
import { STORE_SHEET } from "../core/workbook";
import { writeText } from "./safeText";

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
