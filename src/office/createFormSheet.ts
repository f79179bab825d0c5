import { columnLetter } from "../core/grid/address";
import type { LayoutPrompt, LayoutStyle, LayoutValidation, ListSheet, TemplateLayout } from "../core/template/layout";
import { parseRange } from "../core/grid/range";
import { placeLayout } from "../core/template/placeLayout";
import type { OfficeEnv } from "./env";
import { toExcel } from "./excelValues";

/**
 * Excel's limits on data-validation texts (the Data Validation dialog's own limits; Office.js
 * refuses longer ones with InvalidArgument). Microsoft's reference does not say whether they count
 * UTF-16 units or characters; cutting by UTF-16 units stays inside either.
 */
export const PROMPT_TITLE_MAX = 32;
export const PROMPT_TEXT_MAX = 255;
export const ERROR_TITLE_MAX = 32;
export const ERROR_TEXT_MAX = 225;

/** A text cut to `max`, never leaving half of a surrogate pair at the end. */
function within(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Excel column width in characters (of the default font) as the points Office.js expects. */
export function widthInPoints(chars: number): number {
  const pixels = Math.trunc(((256 * chars + Math.trunc(128 / 7)) / 256) * 7);
  return pixels * 0.75;
}

function sizeOf(address: string): { rows: number; cols: number } {
  const area = parseRange(address);
  if (area === undefined) throw new Error(`Not a cell range: ${address}`);
  return { rows: area.bottom - area.top + 1, cols: area.right - area.left + 1 };
}

function filled<T>(address: string, value: T): T[][] {
  const { rows, cols } = sizeOf(address);
  return Array.from({ length: rows }, () => Array<T>(cols).fill(value));
}

const HORIZONTAL = {
  left: "Left",
  center: "Center",
  right: "Right",
  general: "General",
} as const satisfies Record<LayoutStyle["horizontal"], string>;
const VERTICAL = { middle: "Center", bottom: "Bottom" } as const satisfies Record<LayoutStyle["vertical"], string>;
const OUTER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
/** Points in an inch: Office.js takes page margins in points. */
const POINTS_PER_INCH = 72;

function applyStyle(range: Excel.Range, address: string, style: LayoutStyle, fonts: TemplateLayout["fonts"]): void {
  const format = range.format;
  format.font.name = fonts[style.face];
  format.font.size = style.size;
  format.font.bold = style.bold;
  format.horizontalAlignment = HORIZONTAL[style.horizontal];
  format.verticalAlignment = VERTICAL[style.vertical];
  format.wrapText = style.wrap;
  format.shrinkToFit = style.shrinkToFit;
  if (style.border === "bottom") format.borders.getItem("EdgeBottom").style = "Continuous";
  if (style.border !== "box") return;
  const { rows, cols } = sizeOf(address);
  const edges = [...OUTER_EDGES, ...(cols > 1 ? (["InsideVertical"] as const) : []), ...(rows > 1 ? (["InsideHorizontal"] as const) : [])];
  for (const edge of edges) format.borders.getItem(edge).style = "Continuous";
}

/** Whether the layout formats the cell as text (`@`), where Excel keeps what is written as it is. */
function textCell(layout: TemplateLayout, address: string): boolean {
  const at = parseRange(address);
  return (
    at !== undefined &&
    layout.numberFormats.some(({ range, format }) => {
      const area = parseRange(range);
      return (
        format === "@" && area !== undefined && area.top <= at.top && at.top <= area.bottom && area.left <= at.left && at.left <= area.right
      );
    })
  );
}

function prompt(p: LayoutPrompt): Excel.DataValidationPrompt {
  return { showPrompt: true, title: within(p.title, PROMPT_TITLE_MAX), message: within(p.text, PROMPT_TEXT_MAX) };
}

function applyValidation(ws: Excel.Worksheet, v: LayoutValidation): void {
  const validation = ws.getRange(v.range).dataValidation;
  switch (v.kind) {
    case "list":
      validation.rule = { list: { inCellDropDown: true, source: `=${v.source}` } };
      break;
    case "decimal":
      validation.rule = { decimal: { formula1: v.min, operator: "GreaterThanOrEqualTo" } };
      break;
    case "textLength":
      validation.rule = { textLength: { formula1: v.max, operator: "LessThanOrEqualTo" } };
      break;
    case "any":
      break;
  }
  validation.prompt = prompt(v.prompt);
  if (v.kind !== "any") {
    validation.errorAlert = {
      showAlert: true,
      style: "Stop",
      title: within(v.prompt.title, ERROR_TITLE_MAX),
      message: within(v.prompt.error, ERROR_TEXT_MAX),
    };
  }
}

function writeListSheet(context: Excel.RequestContext, lists: ListSheet): void {
  const ws = context.workbook.worksheets.add(lists.name);
  ws.visibility = "Hidden";
  const height = 1 + lists.columns.reduce((h, c) => Math.max(h, c.values.length), 0);
  const width = lists.columns.length;
  if (width === 0) return;
  const target = ws.getRangeByIndexes(0, 0, height, width);
  target.numberFormat = Array.from({ length: height }, () => Array<string>(width).fill("@"));
  target.values = Array.from({ length: height }, (_, r) => lists.columns.map((c) => (r === 0 ? c.heading : (c.values[r - 1] ?? ""))));
}

/**
 * Applies the layout in a new sheet under a free name, in two syncs: the existing names, then the
 * whole sheet (formats first, so that text cells take their text as it is, then values, styles,
 * merges, dropdowns from the hidden list sheet, validations, print setup, frozen header). Nothing
 * of the user's is overwritten: the list sheet is the form's own, under a free name (placeLayout).
 */
export async function createFormSheet(env: OfficeEnv, requested: TemplateLayout): Promise<string> {
  return env.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const layout = placeLayout(
      requested,
      sheets.items.map((s) => s.name),
    );
    const name = layout.sheetName;
    writeListSheet(context, layout.listSheet);
    const ws = sheets.add(name);

    layout.columnWidths.forEach((chars, i) => {
      ws.getRange(`${columnLetter(i + 1)}:${columnLetter(i + 1)}`).format.columnWidth = widthInPoints(chars);
    });
    for (const { row, height } of layout.rowHeights) ws.getRange(`${row}:${row}`).format.rowHeight = height;
    for (const { range, format } of layout.numberFormats) ws.getRange(range).numberFormat = filled(range, format);
    for (const cell of layout.cells) {
      if (cell.value !== null) ws.getRange(cell.address).values = [[toExcel(cell.value, textCell(layout, cell.address))]];
    }
    for (const { range, style } of layout.styles) applyStyle(ws.getRange(range), range, style, layout.fonts);
    for (const merge of layout.merges) ws.getRange(merge).merge(false);
    for (const v of layout.validations) applyValidation(ws, v);

    const { print } = layout;
    const page = ws.pageLayout;
    page.orientation = "Landscape";
    page.paperSize = "A4";
    page.centerHorizontally = print.centerHorizontally;
    page.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight };
    page.leftMargin = print.margins.left * POINTS_PER_INCH;
    page.rightMargin = print.margins.right * POINTS_PER_INCH;
    page.topMargin = print.margins.top * POINTS_PER_INCH;
    page.bottomMargin = print.margins.bottom * POINTS_PER_INCH;
    page.headerMargin = print.margins.header * POINTS_PER_INCH;
    page.footerMargin = print.margins.footer * POINTS_PER_INCH;
    page.headersFooters.defaultForAllPages.centerFooter = print.footerCenter;
    const [firstTitle, lastTitle] = print.titleRows.split(":");
    page.setPrintTitleRows(`$${firstTitle}:$${lastTitle ?? firstTitle}`);
    ws.freezePanes.freezeRows(layout.frozenRows);
    ws.activate();
    await context.sync();
    return name;
  });
}
