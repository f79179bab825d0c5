import type { ProtectionAllowances } from "../seal/protection";
import type { CellValue } from "./cell";

/** A rectangle of cells in worksheet coordinates (1-based, inclusive). */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * What a sheet's printed page depends on besides its cells' values (the seal covers it). Readers
 * may report hidden rows and columns beyond the used range; the seal looks only inside it.
 */
export interface SheetLayout {
  /** Hidden worksheet rows (1-based), ascending. */
  readonly hiddenRows: readonly number[];
  /** Hidden worksheet columns (1-based), ascending. */
  readonly hiddenColumns: readonly number[];
  /** The sheet's print area (`_xlnm.Print_Area`), one range per area; undefined when none is set. */
  readonly printArea?: readonly CellRange[];
  /** Present while the sheet is protected: what its protection still allows (a seal's is `SEAL_PROTECTION`). */
  readonly protection?: ProtectionAllowances;
}

/**
 * One worksheet as plain data: the used range's values, where that range starts, and the merged
 * areas. `values[r][c]` is the cell at worksheet row `origin.row + r`, column `origin.col + c`.
 * Rows may be ragged; a missing entry is an empty cell.
 */
export interface Grid {
  readonly sheet: string;
  /** The host's worksheet id, which a rename keeps (Excel has one; an .xlsx file does not). */
  readonly id?: string;
  readonly origin: { readonly row: number; readonly col: number };
  readonly values: ReadonlyArray<ReadonlyArray<CellValue>>;
  readonly merges: ReadonlyArray<CellRange>;
  /**
   * Each cell's number format code, laid out like `values`; a missing entry (or no `formats`) is
   * General. The code as Excel reports it in `range.numberFormat` (built-in formats by their code).
   */
  readonly formats?: ReadonlyArray<ReadonlyArray<string | undefined>>;
  /** Absent from a reader that cannot see it (a .csv): nothing hidden, no print area, unprotected. */
  readonly layout?: SheetLayout;
}

export const NO_LAYOUT: SheetLayout = { hiddenRows: [], hiddenColumns: [] };

/** The number format of the cell at worksheet (row, col); undefined is General. */
export function gridFormat(grid: Grid, row: number, col: number): string | undefined {
  return grid.formats?.[row - grid.origin.row]?.[col - grid.origin.col];
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
