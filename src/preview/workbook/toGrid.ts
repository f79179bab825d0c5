import { parseAddress } from "../../core/grid/address";
import type { CellValue } from "../../core/grid/cell";
import { excelSerialToDate, isDateFormat } from "../../core/grid/dateFormat";
import type { Grid, SheetLayout } from "../../core/grid/grid";
import type { PreviewCell, PreviewSheet } from "./sheet";

/**
 * A cell's value as Excel would hand it over: a number in a date format (a number typed into a
 * date-formatted cell) is a date, by the one rule every adapter follows.
 */
function readValue(cell: PreviewCell): CellValue {
  return typeof cell.value === "number" && isDateFormat(cell.style.format) ? excelSerialToDate(cell.value) : cell.value;
}

/** A sheet as the core reads it: the used range (cells with values and their number formats), the merged areas and the page layout. */
export function toGrid(sheet: PreviewSheet): Grid {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  const filled: Array<{ row: number; col: number; value: CellValue; format: string | undefined }> = [];
  for (const [address, cell] of sheet.cells) {
    if (cell.value === null) continue;
    const at = parseAddress(address)!;
    filled.push({ ...at, value: readValue(cell), format: cell.style.format });
    top = Math.min(top, at.row);
    left = Math.min(left, at.col);
    bottom = Math.max(bottom, at.row);
    right = Math.max(right, at.col);
  }
  const merges = sheet.merges.map((m) => ({ ...m }));
  const layout: SheetLayout = {
    hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b),
    ...(sheet.printArea === undefined ? {} : { printArea: sheet.printArea.map((a) => ({ ...a })) }),
    ...(sheet.protection === undefined ? {} : { protection: sheet.protection.allow }),
  };
  if (filled.length === 0) return { sheet: sheet.name, id: sheet.id, origin: { row: 1, col: 1 }, values: [], merges, layout };
  const values: CellValue[][] = Array.from({ length: bottom - top + 1 }, () => Array.from({ length: right - left + 1 }, () => null));
  const formats: (string | undefined)[][] = Array.from({ length: bottom - top + 1 }, () => []);
  for (const { row, col, value, format } of filled) {
    values[row - top]![col - left] = value;
    if (format !== undefined && format !== "General") formats[row - top]![col - left] = format;
  }
  return { sheet: sheet.name, id: sheet.id, origin: { row: top, col: left }, values, merges, formats, layout };
}
