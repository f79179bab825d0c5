import ExcelJS from "exceljs";
import { COLUMN_COUNT, FORM_COLUMNS } from "../core/form/columns";
import { cellAddress, parseAddress } from "../core/grid/address";
import type { CellRole, LayoutValidation, TemplateLayout } from "../core/template/layout";
import { freeSheetName } from "../core/workbook";
import { writeText } from "./safeText";

const BODY_FONT = "宋体";
const TITLE_FONT = "黑体";
/** GB2312 charset, so that Excel on any locale picks a Chinese face for 宋体/黑体. */
const CHINESE_CHARSET = 134;

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

const ROLE_STYLE: Readonly<Record<CellRole, { font: Partial<ExcelJS.Font>; alignment: Partial<ExcelJS.Alignment> }>> = {
  annex: { font: { name: TITLE_FONT, size: 12 }, alignment: { horizontal: "left", vertical: "middle" } },
  title: { font: { name: TITLE_FONT, size: 18, bold: true }, alignment: { horizontal: "center", vertical: "middle" } },
  label: { font: { name: BODY_FONT, size: 11 }, alignment: { horizontal: "right", vertical: "middle" } },
  value: { font: { name: BODY_FONT, size: 11 }, alignment: { horizontal: "left", vertical: "middle", shrinkToFit: true } },
  unitNote: { font: { name: BODY_FONT, size: 11 }, alignment: { horizontal: "right", vertical: "bottom" } },
  header: { font: { name: TITLE_FONT, size: 11, bold: true }, alignment: { horizontal: "center", vertical: "middle", wrapText: true } },
  data: { font: { name: BODY_FONT, size: 10.5 }, alignment: { vertical: "middle", wrapText: true } },
  note: { font: { name: BODY_FONT, size: 10 }, alignment: { horizontal: "left", vertical: "middle" } },
};

/** exceljs keeps range validations here; its typings omit the property. */
type WorksheetWithValidations = ExcelJS.Worksheet & {
  readonly dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
};

function font(role: CellRole): Partial<ExcelJS.Font> {
  return { ...ROLE_STYLE[role].font, charset: CHINESE_CHARSET };
}

function eachCell(range: string, visit: (row: number, col: number) => void): void {
  const [a, b] = range.split(":");
  const start = parseAddress(a!)!;
  const end = parseAddress(b ?? a!)!;
  for (let r = start.row; r <= end.row; r++) for (let c = start.col; c <= end.col; c++) visit(r, c);
}

function dataValidation(v: LayoutValidation, listSource: (source: string) => string): ExcelJS.DataValidation {
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
      return { ...common, type: "list", formulae: [listSource(v.source)] };
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
 * Renders the layout into a workbook (a new one, or the given one under free sheet names): the
 * form sheet, then the hidden list sheet its dropdowns point at.
 */
export function writeTemplateWorkbook(layout: TemplateLayout, workbook: ExcelJS.Workbook = new ExcelJS.Workbook()): ExcelJS.Workbook {
  const names = workbook.worksheets.map((w) => w.name);
  const formName = freeSheetName(layout.sheetName, names);
  const listName = freeSheetName(layout.listSheet.name, [...names, formName]);
  const ws = workbook.addWorksheet(formName, {
    views: [{ state: "frozen", ySplit: layout.frozenRows, xSplit: 0, showGridLines: false }],
    pageSetup: {
      paperSize: 9,
      orientation: layout.print.orientation,
      fitToPage: true,
      fitToWidth: layout.print.fitToWidth,
      fitToHeight: layout.print.fitToHeight,
      horizontalCentered: true,
      printTitlesRow: layout.print.titleRows,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: "&C第 &P 页，共 &N 页", evenFooter: "&C第 &P 页，共 &N 页" },
  });
  layout.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  for (const { row, height } of layout.rowHeights) ws.getRow(row).height = height;

  for (const cell of layout.cells) {
    const target = ws.getCell(cell.address);
    writeText(target, cell.value);
    target.font = font(cell.role);
    target.alignment = ROLE_STYLE[cell.role].alignment;
    if (cell.role === "header") target.border = BOX;
    if (cell.role === "value") target.border = { bottom: THIN };
  }
  for (const range of layout.merges) ws.mergeCells(range);
  // A merged value cell keeps its underline across the whole merge.
  for (const cell of layout.cells.filter((c) => c.role === "value")) {
    const merge = layout.merges.find((m) => m.startsWith(`${cell.address}:`));
    if (merge) eachCell(merge, (r, c) => (ws.getCell(r, c).border = { bottom: THIN }));
  }

  const lastDataRow = layout.firstDataRow + layout.dataRowCount - 1;
  for (let r = layout.firstDataRow; r <= lastDataRow; r++) {
    for (let c = 1; c <= COLUMN_COUNT; c++) {
      const cell = ws.getCell(r, c);
      cell.border = BOX;
      cell.font = font("data");
      const kind = FORM_COLUMNS[c - 1]!.kind;
      cell.alignment = { ...ROLE_STYLE.data.alignment, horizontal: kind === "money" ? "right" : kind === "seq" ? "center" : "left" };
    }
  }
  for (const { range, format } of layout.numberFormats) eachCell(range, (r, c) => (ws.getCell(r, c).numFmt = format));

  const listSource = (source: string) => source.replace(`'${layout.listSheet.name}'!`, `'${listName}'!`);
  const validations = (ws as WorksheetWithValidations).dataValidations;
  for (const v of layout.validations) validations.add(v.range, dataValidation(v, listSource));

  const lists = workbook.addWorksheet(listName, { state: "hidden" });
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
