import type { CellValue } from "../grid/cell";
import type { CellRange, Grid } from "../grid/grid";

/**
 * A grid as the reader walks it: cells by worksheet coordinates, tolerant of ragged or sparse
 * rows, and merged ranges cleaned up (corners put in order, nonsense dropped) so that no later
 * step has to distrust them.
 */
export class SheetView {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly merges: readonly CellRange[];

  constructor(readonly grid: Grid) {
    this.top = grid.origin.row;
    this.left = grid.origin.col;
    this.bottom = this.top + grid.values.length - 1;
    let width = 0;
    for (const r of grid.values) if (r !== undefined && r.length > width) width = r.length;
    this.right = this.left + width - 1;
    this.merges = cleanMerges(grid.merges);
  }

  /** The cell's own value (null outside the grid or in a ragged row's missing tail). */
  cell(row: number, col: number): CellValue {
    const r = this.grid.values[row - this.top];
    if (r === undefined) return null;
    const v = r[col - this.left];
    return v === undefined ? null : v;
  }

  /** The row's cells as stored, for scans that visit every cell of a row. */
  rowCells(row: number): ReadonlyArray<CellValue> {
    return this.grid.values[row - this.top] ?? EMPTY_ROW;
  }

  contains(row: number, col: number): boolean {
    return row >= this.top && row <= this.bottom && col >= this.left && col <= this.right;
  }

  /** The merged range covering a cell, if any. A linear scan: used only on a few header rows. */
  mergeAt(row: number, col: number): CellRange | undefined {
    for (const m of this.merges) {
      if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
    }
    return undefined;
  }

  /** What Excel shows in a cell: a merged area shows its top-left value in every covered cell. */
  shown(row: number, col: number): { value: CellValue; row: number; col: number } {
    const m = this.mergeAt(row, col);
    if (m === undefined) return { value: this.cell(row, col), row, col };
    return { value: this.cell(m.top, m.left), row: m.top, col: m.left };
  }
}

const EMPTY_ROW: readonly CellValue[] = [];

function cleanMerges(merges: ReadonlyArray<CellRange> | undefined): CellRange[] {
  const out: CellRange[] = [];
  for (const m of merges ?? []) {
    if (m === null || typeof m !== "object") continue;
    const { top, left, bottom, right } = m;
    if (![top, left, bottom, right].every((n) => Number.isInteger(n) && n >= 1)) continue;
    out.push({
      top: Math.min(top, bottom),
      bottom: Math.max(top, bottom),
      left: Math.min(left, right),
      right: Math.max(left, right),
    });
  }
  return out;
}
