import { COLUMN_INDEX, COLUMN_KEYS, type ColumnKey } from "../form/columns";
import type { FormRow, TotalRow } from "../form/formSheet";
import { isBlank, type CellValue } from "../grid/cell";
import type { CellRange } from "../grid/grid";
import { columnKeyOf, compactText } from "./headerKey";
import type { SheetView } from "./sheetView";

export interface DataArea {
  readonly rows: FormRow[];
  readonly blankRows: number[];
  readonly totalRow?: TotalRow;
  /** The row where the table ended (the note, a footer label, or the total), if it ended early. */
  readonly endRow?: number;
  /** Merged ranges that cover data cells. */
  readonly mergedRanges: CellRange[];
}

/** The note under the table: `注：…`, `注1.`, `备注：`, `说明：` — but not an enterprise called 注塑…. */
const NOTE = /^(?:注|备注|说明|填表说明|填报说明|注意事项)(?:$|[:(\d①-⑩、.])/;
/** Sign-off lines under the table, which end it as surely as the note does. */
const FOOTER = /^(?:填表人|填报人|制表人|审核人|负责人|单位负责人|报出日期|填报日期|填表日期|推荐单位|联系电话)(?:\([^)]*\))?:/;
const TOTAL = /^(合计|总计|共计|小计)/;
const END_FIRST_CHARS = "注备说填制审负单报推联";
const TOTAL_FIRST_CHARS = "合总共小";

const SEQ = COLUMN_INDEX.seq;
const ENTERPRISE = COLUMN_INDEX.enterprise;

/**
 * A row of blank cells to copy: a copy of an array without holes has none either, which every rule
 * reading the row's cells afterwards finds quicker than `new Array(n).fill(null)` would.
 */
const BLANK_VALUES: readonly CellValue[] = COLUMN_KEYS.map(() => null);

interface Fill {
  readonly index: number;
  readonly value: CellValue;
}

/**
 * Reads the data rows under the header, column by column as the header placed them. The table
 * ends at the note, a sign-off line or a 合计 row; blank rows inside it are recorded, blank rows
 * after it dropped. A 小计 row is no enterprise; it is the total only when nothing follows it.
 * The header pasted again inside the table (after a page break), each row of a two-row header
 * included, is skipped, and its merges are the header's, not merged data cells.
 */
export function readDataRows(
  view: SheetView,
  header: { readonly top: number; readonly bottom: number },
  positions: ReadonlyArray<number | undefined>,
): DataArea {
  const headerRow = header.bottom;
  const headerTexts = headerRowTexts(view, header.top, header.bottom);
  const headerCopies = new Set<number>();
  // Parallel arrays of (form column, offset in the stored row): the loop below runs per row.
  const indexes: number[] = [];
  const offsets: number[] = [];
  positions.forEach((col, index) => {
    if (col === undefined) return;
    indexes.push(index);
    offsets.push(col - view.left);
  });
  const fills = verticalFills(view, headerRow, positions);

  const rows: FormRow[] = [];
  const blankRows: number[] = [];
  let pendingBlank: number[] = [];
  let totalRow: TotalRow | undefined;
  let subtotal: TotalRow | undefined;
  let endRow: number | undefined;

  for (let row = headerRow + 1; row <= view.bottom; row++) {
    const cells = view.rowCells(row);
    const values = BLANK_VALUES.slice();
    for (let k = 0; k < indexes.length; k++) {
      const v = cells[offsets[k]!];
      if (v !== undefined) values[indexes[k]!] = v;
    }
    let filled: ColumnKey[] | undefined;
    const rowFills = fills?.get(row);
    if (rowFills !== undefined) {
      filled = [];
      for (const f of rowFills) {
        values[f.index] = f.value;
        filled.push(COLUMN_KEYS[f.index]!);
      }
    }

    const first = firstText(cells);
    if (endsTable(first)) {
      endRow = row;
      break;
    }
    const total = totalWord(first, values);
    if (total !== undefined) {
      const record: TotalRow = { rowNumber: row, values };
      if (total !== "小计") {
        totalRow = record;
        endRow = row;
        break;
      }
      subtotal = record;
      continue;
    }
    if (repeatsHeader(values) || copiesHeaderRow(cells, headerTexts)) {
      headerCopies.add(row);
      continue;
    }
    if (isBlankRow(values)) {
      pendingBlank.push(row);
      continue;
    }
    if (pendingBlank.length > 0) {
      for (const b of pendingBlank) blankRows.push(b);
      pendingBlank = [];
    }
    subtotal = undefined;
    rows.push(
      filled === undefined || filled.length === 0 ? { rowNumber: row, values } : { rowNumber: row, values, filledFromMerge: filled },
    );
  }

  const last = rows.length > 0 ? rows[rows.length - 1]!.rowNumber : headerRow;
  return {
    rows,
    blankRows,
    ...((totalRow ?? subtotal) ? { totalRow: (totalRow ?? subtotal)! } : {}),
    ...(endRow === undefined ? {} : { endRow }),
    mergedRanges: mergesInData(view, headerRow + 1, last, positions).filter((m) => !withinRows(m, headerCopies)),
  };
}

/** Values of vertically merged data cells, by the rows below the top that show them. */
function verticalFills(view: SheetView, headerRow: number, positions: ReadonlyArray<number | undefined>): Map<number, Fill[]> | undefined {
  let fills: Map<number, Fill[]> | undefined;
  for (const m of view.merges) {
    if (m.top <= headerRow || m.bottom === m.top) continue;
    const index = positions.indexOf(m.left);
    if (index < 0) continue;
    const value = view.cell(m.top, m.left);
    fills ??= new Map();
    for (let row = m.top + 1; row <= Math.min(m.bottom, view.bottom); row++) {
      const list = fills.get(row);
      if (list === undefined) fills.set(row, [{ index, value }]);
      else list.push({ index, value });
    }
  }
  return fills;
}

function mergesInData(view: SheetView, from: number, to: number, positions: ReadonlyArray<number | undefined>): CellRange[] {
  if (to < from) return [];
  const cols = positions.filter((c): c is number => c !== undefined);
  return view.merges.filter((m) => m.top <= to && m.bottom >= from && cols.some((c) => c >= m.left && c <= m.right));
}

/** Whether every row a merge spans is one of `rows`. */
function withinRows(m: CellRange, rows: ReadonlySet<number>): boolean {
  for (let row = m.top; row <= m.bottom; row++) if (!rows.has(row)) return false;
  return true;
}

/** Each header row's own texts, compacted, by offset in the stored row (as `rowCells` gives them). */
function headerRowTexts(view: SheetView, top: number, bottom: number): ReadonlyMap<number, string>[] {
  const rows: Map<number, string>[] = [];
  for (let row = top; row <= bottom; row++) {
    const texts = new Map<number, string>();
    view.rowCells(row).forEach((v, i) => {
      if (typeof v === "string" && !isBlank(v)) texts.set(i, compactText(v));
    });
    rows.push(texts);
  }
  return rows;
}

/**
 * A row that repeats one row of the header: two headings or more, each the text the header row
 * has in that column, and nothing else (the lower row of a two-row header, 资产总额 | 营业收入 …,
 * names neither 序号 nor the enterprise).
 */
function copiesHeaderRow(cells: ReadonlyArray<CellValue>, headerTexts: readonly ReadonlyMap<number, string>[]): boolean {
  let first = -1;
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i];
    if (v === undefined || isBlank(v)) continue;
    if (typeof v !== "string") return false;
    if (first < 0) first = i;
  }
  if (first < 0) return false;
  return headerTexts.some((texts) => {
    if (texts.size < 2 || texts.get(first) === undefined) return false;
    let count = 0;
    for (let i = first; i < cells.length; i++) {
      const v = cells[i];
      if (v === undefined || isBlank(v)) continue;
      if (texts.get(i) !== compactText(v as string)) return false;
      count++;
    }
    return count >= 2;
  });
}

/** The row's first non-empty cell, when it is text. */
function firstText(cells: ReadonlyArray<CellValue>): string | undefined {
  for (const v of cells) {
    if (v === undefined || isBlank(v)) continue;
    return typeof v === "string" ? v : undefined;
  }
  return undefined;
}

/**
 * Whether text, after leading spaces, starts with one of `chars` and is short enough to be a
 * label: a cheap test so that ordinary data cells never pay for normalising.
 */
function mayStartWith(text: string, chars: string, maxLength: number): boolean {
  if (text.length > maxLength) return false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === " " || ch === "\u3000" || ch === "\t" || ch === "\n" || ch === "\r") continue;
    return chars.includes(ch);
  }
  return false;
}

function endsTable(first: string | undefined): boolean {
  if (first === undefined || !mayStartWith(first, END_FIRST_CHARS, 5000)) return false;
  const compact = compactText(first.slice(0, 40));
  return NOTE.test(compact) || FOOTER.test(compact);
}

/** The total word (合计, 总计, 小计 …) in the row's first cell, its 序号 or its enterprise name. */
function totalWord(first: string | undefined, values: readonly CellValue[]): string | undefined {
  return totalWordIn(first) ?? totalWordIn(values[SEQ]) ?? totalWordIn(values[ENTERPRISE]);
}

function totalWordIn(value: CellValue | undefined): string | undefined {
  if (typeof value !== "string" || !mayStartWith(value, TOTAL_FIRST_CHARS, 40)) return undefined;
  return TOTAL.exec(compactText(value))?.[1];
}

/** The header pasted again inside the table, as when pages printed separately were joined. */
function repeatsHeader(values: readonly CellValue[]): boolean {
  const seq = values[SEQ];
  const enterprise = values[ENTERPRISE];
  return (
    typeof seq === "string" && typeof enterprise === "string" && columnKeyOf(seq) === "seq" && columnKeyOf(enterprise) === "enterprise"
  );
}

/** Blank as an enterprise row: nothing in any column, or only a 序号 left over from the template. */
function isBlankRow(values: readonly CellValue[]): boolean {
  for (let i = 0; i < values.length; i++) {
    if (i !== SEQ && !isBlank(values[i]!)) return false;
  }
  return true;
}
