import type ExcelJS from "exceljs";
import type { CellValue } from "../core/grid/cell";

/**
 * Writes a value as data, never as a formula. exceljs stores a plain JS string as a string cell
 * (t="s"), whatever it starts with; only `{ formula }` objects become formulas, and this function
 * never makes one. Error values are written as their text, so a report never carries a live error.
 * Strings are cut at Excel's 32,767-character cell limit.
 */
export function writeText(cell: ExcelJS.Cell, value: CellValue): void {
  if (value === null) cell.value = null;
  else if (typeof value === "string") cell.value = value.length > 32767 ? value.slice(0, 32767) : value;
  else if (typeof value === "number") cell.value = Number.isFinite(value) ? value : String(value);
  else if (typeof value === "boolean" || value instanceof Date) cell.value = value;
  else cell.value = value.error;
}
