import ExcelJS from "exceljs";
import { FORM_COLUMNS } from "../../src/core/form/columns";
import { formSpec, HEADER_FIELDS } from "../../src/core/form/formSpec";
import { cellAddress, parseAddress } from "../../src/core/grid/address";
import type { CellValue } from "../../src/core/grid/cell";
import type { CellRange, SheetLayout } from "../../src/core/grid/grid";
import { parseRange, rangeAddress } from "../../src/core/grid/range";
import { emptySheet, type PreviewSheet } from "../../src/preview/workbook/sheet";
import { FakeWorkbook, NO_FILL, type FakeCell } from "../office/fakeExcel";
import { decodeVectorCell, type VectorForm } from "../helpers/sealVectors";

/**
 * A seal vector's form laid out as a clerk's worksheet holds it: the title on row 1 over the
 * table's width, each header field's label left of its value (or, with no room left of it, the
 * value typed into the label cell: `推荐单位（盖章）：…`), the header row, the data rows at their
 * addresses, the note under the last row. Dates carry a date (or time) number format, money a
 * money format, as in a real sheet; each host below then types the cells the way it hands them over.
 */
export const FORM_YEAR = 2021;

export interface LaidCell {
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
  readonly format?: string;
}

export interface ClerkSheet {
  readonly name: string;
  readonly cells: readonly LaidCell[];
  readonly merges: readonly CellRange[];
  /** Hidden rows and columns and the print area the vector asks for; never protected (not sealed yet). */
  readonly layout: SheetLayout;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** The serial Excel stores for a date (1900 system), computed here rather than by the code under test. */
export function serialOf(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
}

/** The format a clerk's date cell carries: a time of day alone, a date, or both. */
function dateFormat(date: Date, header: boolean): string {
  if (date.getTime() >= EXCEL_EPOCH_MS && date.getTime() < EXCEL_EPOCH_MS + DAY_MS) return "h:mm";
  if (date.getTime() % DAY_MS === 0) return header ? 'yyyy"年"m"月"d"日"' : "yyyy/m/d";
  return "yyyy/m/d h:mm:ss";
}

function formatOf(value: CellValue, money: boolean, header: boolean): string | undefined {
  if (value instanceof Date) return dateFormat(value, header);
  if (money && typeof value === "number") return "#,##0.00";
  return undefined;
}

/** Throws when a vector puts cells where no clerk's sheet could hold them (the layout is then impossible). */
export function clerkSheet(form: VectorForm): ClerkSheet {
  const spec = formSpec(FORM_YEAR);
  const taken = new Map<string, LaidCell>();
  const put = (cell: LaidCell): void => {
    const key = cellAddress(cell.row, cell.col);
    if (taken.has(key)) throw new Error(`${key} is wanted twice`);
    taken.set(key, cell);
  };
  const positions = form.columnPositions.filter((c): c is number => c !== null);
  const left = Math.min(...positions);
  const right = Math.max(...positions);
  const lastRow = form.rows.length === 0 ? form.headerRow : form.rows[form.rows.length - 1]!.rowNumber;

  const valueCells = new Set(Object.values(form.header).map((h) => h.cell));
  for (const field of HEADER_FIELDS) {
    const h = form.header[field.key];
    if (h === undefined) continue;
    const at = parseAddress(h.cell);
    if (at === undefined || at.row <= 1 || at.row >= form.headerRow) throw new Error(`${field.key} at ${h.cell} is not above the table`);
    const value = decodeVectorCell(h.value);
    const labelFree = at.col > 1 && !valueCells.has(cellAddress(at.row, at.col - 1));
    if (labelFree) {
      put({ row: at.row, col: at.col - 1, value: field.label });
      const format = formatOf(value, false, true);
      put({ row: at.row, col: at.col, value, ...(format === undefined ? {} : { format }) });
    } else {
      if (typeof value !== "string") throw new Error(`${field.key} at ${h.cell} has no room for its label and is no text`);
      put({ row: at.row, col: at.col, value: field.label + value });
    }
  }

  put({ row: 1, col: left, value: spec.title });
  FORM_COLUMNS.forEach((column, i) => {
    const col = form.columnPositions[i];
    if (col !== null && col !== undefined) put({ row: form.headerRow, col, value: column.name });
  });
  for (const row of form.rows) {
    if (row.rowNumber <= form.headerRow) throw new Error(`row ${row.rowNumber} is not under the header`);
    row.values.forEach((cell, i) => {
      const value = decodeVectorCell(cell);
      const col = form.columnPositions[i];
      if (col === null || col === undefined) {
        if (value !== null) throw new Error(`row ${row.rowNumber} has a value in the missing column ${FORM_COLUMNS[i]!.name}`);
        return;
      }
      if (value === null) return;
      const format = formatOf(value, FORM_COLUMNS[i]!.kind === "money", false);
      put({ row: row.rowNumber, col, value, ...(format === undefined ? {} : { format }) });
    });
  }
  put({ row: lastRow + 1, col: left, value: spec.note });
  const printArea = form.page?.printArea === undefined ? undefined : parseRange(form.page.printArea);
  const layout: SheetLayout = {
    hiddenRows: [...(form.page?.hiddenRows ?? [])],
    hiddenColumns: [...(form.page?.hiddenColumns ?? [])],
    ...(printArea === undefined ? {} : { printArea: [printArea] }),
  };
  return { name: form.sheet, cells: [...taken.values()], merges: [{ top: 1, left, bottom: 1, right }], layout };
}

/** The sheet written by exceljs, as the command line meets it in a .xlsx. */
export function excelWorkbook(sheet: ClerkSheet): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet.name);
  for (const { row, col, value, format } of sheet.cells) {
    const cell = ws.getCell(row, col);
    cell.value =
      value instanceof Date || value === null || typeof value !== "object" ? value : ({ error: value.error } as ExcelJS.CellErrorValue);
    if (format !== undefined) cell.numFmt = format;
  }
  for (const m of sheet.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  for (const row of sheet.layout.hiddenRows) ws.getRow(row).hidden = true;
  for (const col of sheet.layout.hiddenColumns) ws.getColumn(col).hidden = true;
  if (sheet.layout.printArea !== undefined) ws.pageSetup.printArea = sheet.layout.printArea.map(rangeAddress).join("&&");
  return wb;
}

/** The sheet in the fake Excel, as Office.js hands it over: a date is a serial number in a date format. */
export function fakeExcelWorkbook(sheet: ClerkSheet): FakeWorkbook {
  const book = new FakeWorkbook({ apiVersion: "1.13" });
  const ws = book.addSheet(sheet.name);
  for (const { row, col, value, format } of sheet.cells) {
    if (value === null) continue;
    const base = { numberFormat: format ?? "General", fill: { ...NO_FILL } };
    let cell: FakeCell;
    if (value instanceof Date) cell = { ...base, value: serialOf(value), type: "Double" };
    else if (typeof value === "object") cell = { ...base, value: value.error, type: "Error" };
    else if (typeof value === "string") cell = { ...base, value, type: "String" };
    else if (typeof value === "number") cell = { ...base, value, type: "Double" };
    else cell = { ...base, value, type: "Boolean" };
    ws.put(row, col, cell);
  }
  ws.merges = sheet.merges.map((m) => ({ ...m }));
  for (const row of sheet.layout.hiddenRows) ws.hiddenRows.add(row);
  for (const col of sheet.layout.hiddenColumns) ws.hiddenColumns.add(col);
  if (sheet.layout.printArea !== undefined) ws.printArea = sheet.layout.printArea.map((a) => ({ ...a }));
  return book;
}

/**
 * The sheet as the preview's own grid holds it after typing: a number typed into a date-formatted
 * cell stays a number there, with the cell's format beside it.
 */
export function typedPreviewSheet(sheet: ClerkSheet): PreviewSheet {
  const out = emptySheet(sheet.name);
  for (const { row, col, value, format } of sheet.cells) {
    const stored = value instanceof Date ? serialOf(value) : value;
    out.cells.set(cellAddress(row, col), { value: stored, style: format === undefined ? {} : { format } });
  }
  out.merges.push(...sheet.merges.map((m) => ({ ...m })));
  for (const row of sheet.layout.hiddenRows) out.hiddenRows.add(row);
  for (const col of sheet.layout.hiddenColumns) out.hiddenColumns.add(col);
  if (sheet.layout.printArea !== undefined) out.printArea = sheet.layout.printArea.map((a) => ({ ...a }));
  return out;
}
