import type ExcelJS from "exceljs";
import type { CellValue } from "../../core/grid/cell";
import { parseRange, parseSheetRange } from "../../core/grid/range";
import { exceljsFormat } from "../../xlsx/exceljsFormat";
import { exceljsLayout } from "../../xlsx/exceljsLayout";
import { splitFooter } from "../../core/seal/footer";
import { emptySheet, type CellStyle, type PreviewSheet, type SheetVisibility } from "../workbook/sheet";

/** What exceljs keeps on a worksheet but does not declare in its types. */
interface WorksheetInternals {
  dataValidations?: { model?: Record<string, { type?: string; formulae?: unknown[] } | undefined> };
}

/** Reads an opened .xlsx into the preview's sheets: values as the core sees them, and what the grid shows. */
export function sheetsFromExcel(workbook: ExcelJS.Workbook): PreviewSheet[] {
  return workbook.worksheets.map(readWorksheet);
}

function readWorksheet(ws: ExcelJS.Worksheet): PreviewSheet {
  const sheet = emptySheet(ws.name, visibility(ws.state));
  // empty cells count too: the template's bordered, formatted data rows hold no values yet
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.isMerged && cell.master !== cell) return;
      const value = flatten(cell.value);
      const style = readStyle(cell);
      const note = noteText(cell.note);
      if (value === null && Object.keys(style).length === 0 && note === undefined) return;
      sheet.cells.set(cell.address, note === undefined ? { value, style } : { value, style, note });
    });
  });
  for (const range of ws.model.merges ?? []) {
    const parsed = parseRange(range);
    if (parsed) sheet.merges.push(parsed);
  }
  for (let col = 1; col <= ws.columnCount; col++) {
    const width = ws.getColumn(col).width;
    sheet.columnWidths.push(width ?? 9);
  }
  ws.eachRow({ includeEmpty: true }, (row, number) => {
    if (row.height) sheet.rowHeights.set(number, row.height);
  });
  const view = (ws.views ?? [])[0];
  if (view && view.state === "frozen") sheet.frozenRows = view.ySplit ?? 0;
  // exceljs leaves `headerFooter` null on a sheet read without one, whatever its typings say.
  const headerFooter: Partial<ExcelJS.HeaderFooter> = ws.headerFooter ?? {};
  sheet.footer = splitFooter(headerFooter.oddFooter ?? "");
  const internals = ws as unknown as WorksheetInternals;
  const layout = exceljsLayout(ws);
  if (layout.protection !== undefined) sheet.protection = { allow: layout.protection };
  for (const row of layout.hiddenRows) sheet.hiddenRows.add(row);
  for (const col of layout.hiddenColumns) sheet.hiddenColumns.add(col);
  if (layout.printArea !== undefined) sheet.printArea = layout.printArea.map((a) => ({ ...a }));
  for (const [address, rule] of Object.entries(internals.dataValidations?.model ?? {})) {
    const formula = rule?.type === "list" ? rule.formulae?.[0] : undefined;
    const source = typeof formula === "string" ? parseSheetRange(formula.replace(/^=/, "")) : undefined;
    const range = parseRange(address.replace(/^range:/, ""));
    if (source && range) sheet.lists.push({ range, source });
  }
  return sheet;
}

function visibility(state: string): SheetVisibility {
  return state === "hidden" || state === "veryHidden" ? state : "visible";
}

/** Formulas to their cached result, rich text and hyperlinks to their text, as the adapters do. */
export function flatten(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) return flatten(value.text);
  if ("error" in value) return { error: value.error };
  if ("formula" in value || "sharedFormula" in value) return flatten(value.result ?? null);
  return null;
}

function readStyle(cell: ExcelJS.Cell): CellStyle {
  const style: { -readonly [K in keyof CellStyle]: CellStyle[K] } = {};
  if (cell.font?.bold) style.bold = true;
  if (cell.font?.size && cell.font.size !== 11) style.size = cell.font.size;
  const horizontal = cell.alignment?.horizontal;
  if (horizontal === "left" || horizontal === "center" || horizontal === "right") style.align = horizontal;
  if (cell.alignment?.wrapText) style.wrap = true;
  const fill = cell.fill;
  if (fill && fill.type === "pattern" && fill.pattern === "solid" && fill.fgColor?.argb)
    style.fill = `#${fill.fgColor.argb.slice(-6).toUpperCase()}`;
  if (cell.border && Object.values(cell.border).some((side) => side && "style" in side && side.style)) style.border = true;
  const format = exceljsFormat(cell.numFmt);
  if (format && format !== "General") style.format = format;
  return style;
}

function noteText(note: string | ExcelJS.Comment | undefined): string | undefined {
  if (note === undefined) return undefined;
  if (typeof note === "string") return note;
  const text = (note.texts ?? []).map((t) => t.text).join("");
  return text === "" ? undefined : text;
}
