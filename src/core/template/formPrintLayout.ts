import { FORM_COLUMNS, type ColumnKey } from "../form/columns";
import { cellAddress, parseAddress } from "../grid/address";
import { isBlank } from "../grid/cell";
import { gridFormat, type CellRange, type Grid } from "../grid/grid";
import { printedText } from "../grid/printedText";
import { readDataRows } from "../reader/dataRows";
import { readHeaderBlock } from "../reader/headerBlock";
import { compactText } from "../reader/headerKey";
import { locateHeader } from "../reader/locateHeader";
import { SheetView } from "../reader/sheetView";
import { wrappedHeight, type TextWidth } from "../text/wrappedHeight";
import type { LayoutStyle, TemplateLayout } from "./layout";
import { DATA_ALIGNMENT, FONTS, PRINT, PRINT_WIDTHS, ROW_HEIGHT, STYLE } from "./look";

/**
 * How a form read from a unit's file prints like the template (`qbench template`): the template's
 * fonts, borders, alignment, widths and page setup laid over the form wherever it stands — the
 * header rows (both rows of a two-row header), every table row down to the note (blank prepared
 * rows boxed like filled ones), the title, the header block and the note. Styling only: it names
 * no value, number format, merge or hidden row, so a seal reads the same content with or without it.
 */
export interface FormPrintLayout {
  readonly sheet: string;
  /** Widths (Excel character units) of the table's columns, by worksheet column; hidden columns are left out. */
  readonly columnWidths: ReadonlyArray<{ readonly col: number; readonly width: number }>;
  /** The least height (points) of these rows: the template's rows and the rows whose wrapped text needs more; hidden rows left out. */
  readonly rowHeights: ReadonlyArray<{ readonly row: number; readonly height: number }>;
  /** Styles by range; ranges do not overlap. */
  readonly styles: ReadonlyArray<{ readonly range: CellRange; readonly style: LayoutStyle }>;
  readonly fonts: TemplateLayout["fonts"];
  readonly print: TemplateLayout["print"];
}

/** The least height of a row holding text. */
const MIN_TEXT_ROW = 18;
/** Width of a table column the form does not know (an extra heading). */
const OTHER_WIDTH = 10;
/** The template repeats the rows down to the header on every page; below this row only the header rows. */
const MAX_TITLE_ROWS = 10;

const NOTE = /^(?:注|备注|说明|填表说明|填报说明)/;
const ANNEX = /^附件/;
const UNIT_NOTE = /^(?:金额|计量|货币)?单位:/;
const LABEL_END = /[:：]\s*$/;

const KIND = new Map(FORM_COLUMNS.map((c) => [c.key, c.kind]));

type Styled = { range: CellRange; style: LayoutStyle };

/** The range a cell shows through: its merge, or itself. */
function areaAt(view: SheetView, row: number, col: number): CellRange {
  return view.mergeAt(row, col) ?? { top: row, left: col, bottom: row, right: col };
}

/**
 * The width an amount needs so as not to print as ###: a digit is one unit (the width of "0"), a
 * separator or point half of one, and half a unit of room (the template's 11 holds 9,160,000.00).
 */
function numberWidth(text: string): number {
  let units = 0;
  for (const ch of text) units += /[.,:\s]/.test(ch) ? 0.5 : 1;
  return Math.ceil(units + 0.5);
}

/** The template's width of each table column, widened where an amount would print as ###. */
function widthsOf(view: SheetView, columns: ReadonlyMap<number, ColumnKey | undefined>, first: number, last: number): Map<number, number> {
  const widths = new Map<number, number>();
  for (const [col, key] of columns) {
    let width = key === undefined ? OTHER_WIDTH : PRINT_WIDTHS[key];
    for (let row = first; row <= last; row++) {
      const value = view.cell(row, col);
      if (typeof value === "number") width = Math.max(width, numberWidth(printedText(value, gridFormat(view.grid, row, col))));
    }
    widths.set(col, width);
  }
  return widths;
}

/** The height a row's wrapped cells need at these widths, or undefined for a row without text. */
function fittedHeight(
  view: SheetView,
  row: number,
  left: number,
  right: number,
  widths: ReadonlyMap<number, number>,
  textWidth: TextWidth,
) {
  const cells: { text: string; width: number }[] = [];
  for (let col = left; col <= right; col++) {
    const area = areaAt(view, row, col);
    const value = view.cell(row, col);
    if (area.top !== row || area.left !== col || area.bottom !== row || isBlank(value)) continue;
    let width = 0;
    for (let c = area.left; c <= area.right; c++) width += widths.get(c) ?? OTHER_WIDTH;
    cells.push({ text: printedText(value, gridFormat(view.grid, row, col)), width });
  }
  return cells.length === 0 ? undefined : wrappedHeight(cells, textWidth, MIN_TEXT_ROW);
}

/** The title, the 附件 line, the labels and their values, the money unit note, above the header. */
function headerBlockStyles(view: SheetView, headerTop: number): { styles: Styled[]; titleRow?: number; labelRows: Set<number> } {
  const styles: Styled[] = [];
  const labelRows = new Set<number>();
  const styledCells = new Set<string>();
  const put = (range: CellRange, style: LayoutStyle) => {
    styles.push({ range, style });
    styledCells.add(`${range.top},${range.left}`);
  };
  const block = readHeaderBlock(view, view.top, headerTop - 1);
  let titleRow: number | undefined;
  for (let row = view.top; row < headerTop; row++) {
    for (let col = view.left; col <= view.right; col++) {
      const value = view.cell(row, col);
      const area = areaAt(view, row, col);
      if (typeof value !== "string" || isBlank(value) || area.top !== row || area.left !== col) continue;
      const compact = compactText(value);
      if (block.title?.cell === cellAddress(row, col)) {
        put(area, STYLE.title);
        titleRow = row;
      } else if (ANNEX.test(compact)) put(area, STYLE.annex);
      else if (UNIT_NOTE.test(compact)) put(area, STYLE.unitNote);
      else if (LABEL_END.test(value)) {
        put(area, STYLE.label);
        labelRows.add(row);
      }
    }
  }
  for (const field of Object.values(block.header)) {
    const at = parseAddress(field.cell);
    if (at === undefined || at.row >= headerTop || styledCells.has(`${at.row},${at.col}`)) continue;
    put(areaAt(view, at.row, at.col), STYLE.value);
    labelRows.add(at.row);
  }
  return { styles, ...(titleRow === undefined ? {} : { titleRow }), labelRows };
}

/**
 * The template's print layout for the form on this sheet, or undefined when the sheet holds no
 * form. `textWidth` measures wrapped text, so that a row is tall enough for it at the template's
 * widths.
 */
export function formPrintLayout(grid: Grid, textWidth: TextWidth): FormPrintLayout | undefined {
  const view = new SheetView(grid);
  const match = locateHeader(view);
  if (match === undefined) return undefined;
  const { headerTop, headerRow } = match;
  const hiddenRows = new Set(grid.layout?.hiddenRows ?? []);
  const hiddenColumns = new Set(grid.layout?.hiddenColumns ?? []);

  const left = Math.min(...match.cells.map((c) => c.col));
  const right = Math.max(...match.cells.map((c) => areaAt(view, c.row, c.col).right));
  const keyOf = new Map<number, ColumnKey>();
  match.positions.forEach((col, i) => {
    if (col !== undefined) keyOf.set(col, FORM_COLUMNS[i]!.key);
  });
  const columns = new Map<number, ColumnKey | undefined>();
  for (let col = left; col <= right; col++) columns.set(col, keyOf.get(col));

  const data = readDataRows(view, { top: headerTop, bottom: headerRow }, match.positions);
  const total = data.totalRow?.rowNumber;
  const endsAtNote = data.endRow !== undefined && data.endRow !== total;
  const lastFilled = Math.max(headerRow, total ?? 0, ...data.rows.map((r) => r.rowNumber));
  const bottom = endsAtNote ? data.endRow - 1 : lastFilled;

  const styles: Styled[] = [];
  const heights = new Map<number, number>();
  const atLeast = (row: number, height: number | undefined) => {
    if (height !== undefined && !hiddenRows.has(row)) heights.set(row, Math.max(heights.get(row) ?? 0, height));
  };

  const above = headerBlockStyles(view, headerTop);
  styles.push(...above.styles);
  if (above.titleRow !== undefined) atLeast(above.titleRow, ROW_HEIGHT.title);
  for (const row of above.labelRows) atLeast(row, ROW_HEIGHT.headerBlock);

  const widths = widthsOf(view, columns, headerRow + 1, bottom);
  styles.push({ range: { top: headerTop, left, bottom: headerRow, right }, style: STYLE.header });
  for (let row = headerTop; row <= headerRow; row++) {
    atLeast(row, fittedHeight(view, row, left, right, widths, textWidth));
  }
  atLeast(headerRow, ROW_HEIGHT.header);
  if (bottom > headerRow) {
    for (const [col, key] of columns) {
      const horizontal = DATA_ALIGNMENT[key === undefined ? "text" : KIND.get(key)!];
      styles.push({ range: { top: headerRow + 1, left: col, bottom, right: col }, style: { ...STYLE.data, horizontal } });
    }
    for (let row = headerRow + 1; row <= bottom; row++) atLeast(row, fittedHeight(view, row, left, right, widths, textWidth));
  }

  if (endsAtNote) {
    const row = data.endRow;
    for (let col = view.left; col <= view.right; col++) {
      const value = view.cell(row, col);
      if (typeof value !== "string" || isBlank(value)) continue;
      if (NOTE.test(compactText(value))) {
        styles.push({ range: areaAt(view, row, col), style: STYLE.note });
        atLeast(row, ROW_HEIGHT.note);
      }
      break;
    }
  }

  const titleTop = headerRow <= MAX_TITLE_ROWS ? 1 : headerTop;
  return {
    sheet: grid.sheet,
    columnWidths: [...widths].filter(([col]) => !hiddenColumns.has(col)).map(([col, width]) => ({ col, width })),
    rowHeights: [...heights].sort((a, b) => a[0] - b[0]).map(([row, height]) => ({ row, height })),
    styles,
    fonts: FONTS,
    print: { ...PRINT, titleRows: `${titleTop}:${headerRow}` },
  };
}
