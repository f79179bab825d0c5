import { COLUMN_COUNT, COLUMN_INDEX, type ColumnKey } from "../form/columns";
import { isBlank, type CellValue } from "../grid/cell";
import { columnKeyOf } from "./headerKey";
import type { SheetView } from "./sheetView";

/** A header row must name most of the 13 columns, so a lone `联系电话：` label is never one. */
export const MIN_HEADER_COLUMNS = 7;

/**
 * Rows searched below the best header so far without finding another worth matching: the header
 * stands above the data, and a sheet of 100 000 data rows need not be searched to its end.
 */
const SEARCH_PAST_HEADER = 500;

/** Header merges taller than this are not a two-row header but a merge running into the data. */
const MAX_HEADER_HEIGHT = 3;

/** One heading of the header row, at the cell that holds its text. */
export interface HeaderCell {
  readonly key?: ColumnKey;
  readonly value: CellValue;
  readonly row: number;
  readonly col: number;
}

export interface HeaderMatch {
  /** Distinct form columns the header names. */
  readonly score: number;
  /** First row of the header (the upper row of a two-row header). */
  readonly headerTop: number;
  /** Last row of the header: data start below it. */
  readonly headerRow: number;
  /** Every non-blank heading, left to right. */
  readonly cells: readonly HeaderCell[];
  /** Worksheet column of each form column (by FORM_COLUMNS index), first occurrence. */
  readonly positions: ReadonlyArray<number | undefined>;
  /** Headings naming a column that an earlier heading already named. */
  readonly duplicates: readonly HeaderCell[];
  /** Headings found in the row itself, without the row above: breaks ties between rows. */
  readonly ownScore: number;
}

/**
 * Finds the header row of one sheet by its column names: the row naming the most columns,
 * the first of equals, among the rows down to SEARCH_PAST_HEADER rows past the last row that named
 * two columns or more. A two-row header (group headings merged above, or 序号 merged down over
 * both rows) is matched at its lower row, borrowing the headings of the row above.
 */
export function locateHeader(view: SheetView): HeaderMatch | undefined {
  let best: HeaderMatch | undefined;
  let previousNames = 0;
  let lastWorth = view.top;
  for (let row = view.top; row <= view.bottom; row++) {
    if (best !== undefined && row - lastWorth > SEARCH_PAST_HEADER) break;
    const names = namedColumns(view.rowCells(row));
    // Only rows naming two columns, or the row under one (a two-row header's lower row may
    // name a single column), are worth matching: data rows that happen to say 备注 are not.
    const worth = names >= 2 || (names === 1 && previousNames >= 2);
    previousNames = names;
    if (!worth) continue;
    lastWorth = row;
    const match = matchRow(view, row);
    if (match.score < MIN_HEADER_COLUMNS) continue;
    if (best === undefined || match.score > best.score || (match.score === best.score && match.ownScore > best.ownScore)) {
      best = match;
    }
    if (best.score === COLUMN_COUNT) break;
  }
  return best;
}

/** How many distinct form columns a row's own cells name. */
function namedColumns(cells: ReadonlyArray<CellValue>): number {
  let seen = 0;
  let count = 0;
  for (const v of cells) {
    if (typeof v !== "string") continue;
    const key = columnKeyOf(v);
    if (key === undefined) continue;
    const bit = 1 << COLUMN_INDEX[key];
    if ((seen & bit) === 0) {
      seen |= bit;
      count++;
    }
  }
  return count;
}

function matchRow(view: SheetView, row: number): HeaderMatch {
  const own: HeaderCell[] = [];
  const borrowed: HeaderCell[] = [];
  for (let col = view.left; col <= view.right; col++) {
    const shown = view.shown(row, col);
    if (shown.col !== col) continue; // the rest of a heading merged across columns
    if (!isBlank(shown.value)) {
      own.push(heading(shown.value, shown.row, col));
    } else if (row > view.top) {
      const above = view.shown(row - 1, col);
      if (above.col === col && typeof above.value === "string" && !/[:：]/.test(above.value)) {
        const cell = heading(above.value, above.row, col);
        if (cell.key !== undefined) borrowed.push(cell);
      }
    }
  }
  const ownKeys = new Set(own.flatMap((c) => (c.key === undefined ? [] : [c.key])));
  if (row > view.top) nameByGroup(view, row, own, ownKeys);
  const twoRow = borrowed.some((c) => !ownKeys.has(c.key!));
  const cells = twoRow ? [...own, ...borrowed].sort((a, b) => a.col - b.col) : own;

  const positions: Array<number | undefined> = new Array<number | undefined>(COLUMN_COUNT).fill(undefined);
  const duplicates: HeaderCell[] = [];
  let score = 0;
  let headerTop = row;
  let headerRow = row;
  for (const cell of cells) {
    if (cell.key === undefined) continue;
    headerTop = Math.min(headerTop, cell.row);
    const merge = view.mergeAt(row, cell.col);
    if (merge !== undefined && merge.bottom - merge.top < MAX_HEADER_HEIGHT) headerRow = Math.max(headerRow, merge.bottom);
    const idx = COLUMN_INDEX[cell.key];
    if (positions[idx] === undefined) {
      positions[idx] = cell.col;
      score++;
    } else {
      duplicates.push(cell);
    }
  }
  return { score, headerTop, headerRow, cells, positions, duplicates, ownScore: ownKeys.size };
}

/**
 * A sub-heading the form does not know, under a group heading it does: `联系人` merged over
 * `姓名 | 职务 | 电话` makes 姓名 the contact column (unless the row names that column already).
 */
function nameByGroup(view: SheetView, row: number, own: HeaderCell[], ownKeys: Set<ColumnKey>): void {
  for (let i = 0; i < own.length; i++) {
    const cell = own[i]!;
    if (cell.key !== undefined || cell.row !== row) continue;
    const group = view.mergeAt(row - 1, cell.col);
    if (group === undefined || group.right === group.left || group.bottom >= row) continue;
    const text = view.cell(group.top, group.left);
    const key = typeof text === "string" ? columnKeyOf(text) : undefined;
    if (key === undefined || ownKeys.has(key)) continue;
    own[i] = { ...cell, key };
    ownKeys.add(key);
  }
}

function heading(value: CellValue, row: number, col: number): HeaderCell {
  const key = typeof value === "string" ? columnKeyOf(value) : undefined;
  return key === undefined ? { value, row, col } : { key, value, row, col };
}
