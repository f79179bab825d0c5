import { cellAddress } from "../../core/grid/address";
import type { CellRange } from "../../core/grid/grid";
import { canonicalAddress, parseRange, parseSheetRange } from "../../core/grid/range";
import type { LayoutStyle, TemplateLayout } from "../../core/template/layout";
import { emptySheet, type CellStyle, type PreviewCell, type PreviewSheet } from "./sheet";

/** What the preview grid can show of a layout style (it has one font and one kind of border). */
function cellStyle(style: LayoutStyle): CellStyle {
  return {
    bold: style.bold,
    size: style.size,
    ...(style.horizontal === "general" ? {} : { align: style.horizontal }),
    wrap: style.wrap,
    border: style.border === "box",
  };
}

function forEachCell(range: CellRange, visit: (address: string) => void): void {
  for (let row = range.top; row <= range.bottom; row++) for (let col = range.left; col <= range.right; col++) visit(cellAddress(row, col));
}

function restyle(sheet: PreviewSheet, range: string, change: (cell: PreviewCell) => PreviewCell): void {
  const area = parseRange(range);
  if (area) forEachCell(area, (address) => sheet.cells.set(address, change(sheet.cells.get(address) ?? { value: null, style: {} })));
}

/** The form sheet the layout describes, under `name`: styles, formats, values, merges, sizes, dropdowns, footer. */
export function formSheet(layout: TemplateLayout, name: string): PreviewSheet {
  const sheet = emptySheet(name);
  for (const { range, style } of layout.styles)
    restyle(sheet, range, (cell) => ({ ...cell, style: { ...cell.style, ...cellStyle(style) } }));
  for (const { range, format } of layout.numberFormats) restyle(sheet, range, (cell) => ({ ...cell, style: { ...cell.style, format } }));
  for (const cell of layout.cells) {
    const address = canonicalAddress(cell.address);
    if (address) sheet.cells.set(address, { style: {}, ...sheet.cells.get(address), value: cell.value });
  }
  for (const merge of layout.merges) {
    const range = parseRange(merge);
    if (range) sheet.merges.push(range);
  }
  sheet.columnWidths = [...layout.columnWidths];
  for (const { row, height } of layout.rowHeights) sheet.rowHeights.set(row, height);
  sheet.frozenRows = layout.frozenRows;
  sheet.footer = { left: "", center: layout.print.footerCenter, right: "" };
  for (const validation of layout.validations) {
    if (validation.kind !== "list") continue;
    const range = parseRange(validation.range);
    const source = parseSheetRange(validation.source);
    if (range && source) sheet.lists.push({ range, source });
  }
  return sheet;
}

/** The form's hidden list sheet. */
export function listSheet(layout: TemplateLayout): PreviewSheet {
  const { name, columns } = layout.listSheet;
  const sheet = emptySheet(name, "hidden");
  columns.forEach((column, c) => {
    sheet.cells.set(cellAddress(1, c + 1), { value: column.heading, style: { bold: true, format: "@" } });
    column.values.forEach((value, r) => sheet.cells.set(cellAddress(r + 2, c + 1), { value, style: { format: "@" } }));
  });
  return sheet;
}
