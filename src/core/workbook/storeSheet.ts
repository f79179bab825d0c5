import type { CellValue } from "../grid/cell";
import { gridBottom, gridCell, gridRight, type Grid } from "../grid/grid";

/**
 * The very hidden sheet that holds the add-in's store (seal record, quota settings). Every host
 * reads and writes this one name, so that a workbook saved in one opens sealed in another; the
 * checks never see it and it is never marked.
 */
export const STORE_SHEET = "qbench_store";

/** The store sheet's rows as read (from A1), or undefined when the workbook has none. */
export function storeRowsOf(grids: readonly Grid[]): CellValue[][] | undefined {
  const grid = grids.find((g) => g.sheet === STORE_SHEET);
  if (grid === undefined || grid.values.length === 0) return undefined;
  const rows: CellValue[][] = [];
  const right = gridRight(grid);
  for (let r = 1; r <= gridBottom(grid); r++) {
    const row: CellValue[] = [];
    for (let c = 1; c <= right; c++) row.push(gridCell(grid, r, c));
    rows.push(row);
  }
  return rows;
}
