import type { CellValue } from "./cell";

/** A rectangle of cells in worksheet coordinates (1-based, inclusive). */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * One worksheet as plain data: the used range's values, where that range starts, and the merged
 * areas. `values[r][c]` is the cell at worksheet row `origin.row + r`, column `origin.col + c`.
 * Rows may be ragged; a missing entry is an empty cell.
 */
export interface Grid {
  readonly sheet: string;
  readonly origin: { readonly row: number; readonly col: number };
  readonly values: ReadonlyArray<ReadonlyArray<CellValue>>;
  readonly merges: ReadonlyArray<CellRange>;
}

export function gridCell(grid: Grid, row: number, col: number): CellValue {
  const r = grid.values[row - grid.origin.row];
  if (r === undefined) return null;
  const v = r[col - grid.origin.col];
  return v === undefined ? null : v;
}

export function gridBottom(grid: Grid): number {
  return grid.origin.row + grid.values.length - 1;
}

export function gridRight(grid: Grid): number {
  let width = 0;
  for (const r of grid.values) if (r.length > width) width = r.length;
  return grid.origin.col + width - 1;
}
