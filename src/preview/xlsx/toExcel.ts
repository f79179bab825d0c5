import type ExcelJS from "exceljs";
import { isCellError, type CellValue } from "../../core/grid/cell";
import { rangeAddress } from "../../core/grid/range";
import { joinFooter } from "../../core/seal/footer";
import type { CellStyle, PreviewSheet } from "../workbook/sheet";

type ExcelModule = typeof ExcelJS;

/** Writes the preview's sheets to an .xlsx workbook with what Excel needs to show the same thing. */
export async function sheetsToExcel(excel: ExcelModule, sheets: readonly PreviewSheet[]): Promise<ExcelJS.Workbook> {
  const workbook = new excel.Workbook();
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, {
      state: sheet.visibility,
      views: sheet.frozenRows > 0 ? [{ state: "frozen", ySplit: sheet.frozenRows }] : [],
    });
    sheet.columnWidths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
    for (const [row, height] of sheet.rowHeights) ws.getRow(row).height = height;
    for (const row of sheet.hiddenRows) ws.getRow(row).hidden = true;
    for (const col of sheet.hiddenColumns) ws.getColumn(col).hidden = true;
    if (sheet.printArea !== undefined) ws.pageSetup.printArea = sheet.printArea.map(rangeAddress).join("&&");
    for (const [address, cell] of sheet.cells) {
      const target = ws.getCell(address);
      target.value = excelValue(cell.value);
      writeStyle(target, cell.style);
      if (cell.note !== undefined) target.note = cell.note;
    }
    for (const merge of sheet.merges) ws.mergeCells(merge.top, merge.left, merge.bottom, merge.right);
    for (const list of sheet.lists) {
      const source = `'${list.source.sheet.replace(/'/g, "''")}'!${absolute(rangeAddress(list.source.range))}`;
      for (let row = list.range.top; row <= list.range.bottom; row++)
        for (let col = list.range.left; col <= list.range.right; col++)
          ws.getCell(row, col).dataValidation = { type: "list", allowBlank: true, formulae: [source] };
    }
    const footer = joinFooter(sheet.footer);
    if (footer !== "") ws.headerFooter = { ...ws.headerFooter, oddFooter: footer };
    if (sheet.protection) await ws.protect(sheet.protection.password ?? "", {});
  }
  return workbook;
}

function excelValue(value: CellValue): ExcelJS.CellValue {
  if (value !== null && isCellError(value)) return { error: value.error as ExcelJS.CellErrorValue["error"] };
  return value;
}

function writeStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.bold || style.size) cell.font = { bold: style.bold ?? false, ...(style.size ? { size: style.size } : {}) };
  if (style.align || style.wrap)
    cell.alignment = { vertical: "middle", ...(style.align ? { horizontal: style.align } : {}), wrapText: style.wrap ?? false };
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${style.fill.slice(1)}` } };
  if (style.border) {
    const thin = { style: "thin" as const };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (style.format) cell.numFmt = style.format;
}

function absolute(range: string): string {
  return range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}
