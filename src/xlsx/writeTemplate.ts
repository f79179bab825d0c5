import ExcelJS from "exceljs";
import { cellAddress } from "../core/grid/address";
import { parseRange } from "../core/grid/range";
import type { LayoutStyle, LayoutValidation, TemplateLayout } from "../core/template/layout";
import { placeLayout } from "../core/template/placeLayout";
import { writeText } from "./safeText";

/** exceljs's paper size code for A4 (the one paper the layout asks for). */
const A4 = 9;
/** GB2312 charset, so that Excel on any locale picks a Chinese face for 宋体/黑体. */
const CHINESE_CHARSET = 134;

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
const BORDERS: Readonly<Record<LayoutStyle["border"], Partial<ExcelJS.Borders>>> = {
  box: { top: THIN, left: THIN, bottom: THIN, right: THIN },
  bottom: { bottom: THIN },
  none: {},
};

function applyStyle(cell: ExcelJS.Cell, style: LayoutStyle, fonts: TemplateLayout["fonts"]): void {
  cell.font = { name: fonts[style.face], size: style.size, bold: style.bold, charset: CHINESE_CHARSET };
  cell.alignment = {
    ...(style.horizontal === "general" ? {} : { horizontal: style.horizontal }),
    vertical: style.vertical,
    ...(style.wrap ? { wrapText: true } : {}),
    ...(style.shrinkToFit ? { shrinkToFit: true } : {}),
  };
  if (style.border !== "none") cell.border = BORDERS[style.border];
}

/** exceljs keeps range validations here; its typings omit the property. */
type WorksheetWithValidations = ExcelJS.Worksheet & {
  readonly dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
};

function eachCell(range: string, visit: (row: number, col: number) => void): void {
  const area = parseRange(range);
  if (area === undefined) throw new Error(`Not a cell range: ${range}`);
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) visit(r, c);
}

function dataValidation(v: LayoutValidation): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: v.prompt.title,
    prompt: v.prompt.text,
    showErrorMessage: v.kind !== "any",
    errorTitle: v.prompt.title,
    error: v.prompt.error,
  };
  switch (v.kind) {
    case "list":
      return { ...common, type: "list", formulae: [v.source] };
    case "decimal":
      return { ...common, type: "decimal", operator: "greaterThanOrEqual", formulae: [v.min] };
    case "textLength":
      return { ...common, type: "textLength", operator: "lessThanOrEqual", formulae: [v.max] };
    case "any":
      // exceljs writes no type attribute for "any": Excel's "any value" with an input prompt.
      return { ...common, type: "any" as ExcelJS.DataValidation["type"], formulae: [] };
  }
}

/**
 * Applies the layout to a workbook (a new one, or the given one under free sheet names: placeLayout): the form
 * sheet, then the hidden list sheet its dropdowns point at.
 */
export function writeTemplateWorkbook(requested: TemplateLayout, workbook: ExcelJS.Workbook = new ExcelJS.Workbook()): ExcelJS.Workbook {
  const layout = placeLayout(
    requested,
    workbook.worksheets.map((w) => w.name),
  );
  const { print } = layout;
  const footer = `&C${print.footerCenter}`;
  const ws = workbook.addWorksheet(layout.sheetName, {
    views: [{ state: "frozen", ySplit: layout.frozenRows, xSplit: 0, showGridLines: false }],
    pageSetup: {
      paperSize: A4,
      orientation: print.orientation,
      fitToPage: true,
      fitToWidth: print.fitToWidth,
      fitToHeight: print.fitToHeight,
      horizontalCentered: print.centerHorizontally,
      printTitlesRow: print.titleRows,
      margins: print.margins,
    },
    headerFooter: { oddFooter: footer, evenFooter: footer },
  });
  layout.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  for (const { row, height } of layout.rowHeights) ws.getRow(row).height = height;
  for (const { range, style } of layout.styles) eachCell(range, (r, c) => applyStyle(ws.getCell(r, c), style, layout.fonts));
  for (const { range, format } of layout.numberFormats) eachCell(range, (r, c) => (ws.getCell(r, c).numFmt = format));
  for (const cell of layout.cells) writeText(ws.getCell(cell.address), cell.value);
  for (const range of layout.merges) ws.mergeCells(range);

  const validations = (ws as WorksheetWithValidations).dataValidations;
  for (const v of layout.validations) validations.add(v.range, dataValidation(v));

  const lists = workbook.addWorksheet(layout.listSheet.name, { state: "hidden" });
  layout.listSheet.columns.forEach((column, i) => {
    writeText(lists.getCell(cellAddress(1, i + 1)), column.heading);
    column.values.forEach((value, j) => writeText(lists.getCell(cellAddress(j + 2, i + 1)), value));
    lists.getColumn(i + 1).width = Math.max(12, ...column.values.map((v) => v.length * 2 + 2));
  });
  return workbook;
}

export async function writeTemplateFile(layout: TemplateLayout, path: string): Promise<void> {
  await writeTemplateWorkbook(layout).xlsx.writeFile(path);
}
