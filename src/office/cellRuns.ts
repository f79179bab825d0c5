import { cellAddress, columnLetter, parseAddress } from "../core/grid/address";

/** A cell of a sheet, by 1-based row and column. */
export interface SheetCell {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/** Consecutive cells of one column that share a label: one range, one command. */
export interface CellRun<T> {
  readonly sheet: string;
  readonly col: number;
  readonly top: number;
  readonly items: readonly T[];
}

export const cellKey = (sheet: string, row: number, col: number): string => `${sheet}\u0000${cellAddress(row, col)}`;

/** `B6` as a SheetCell; undefined for anything that is not one cell's address. */
export function sheetCell(sheet: string, address: string): SheetCell | undefined {
  const p = parseAddress(address);
  return p === undefined ? undefined : { sheet, row: p.row, col: p.col };
}

export function runAddress(run: CellRun<unknown>): string {
  const letter = columnLetter(run.col);
  const bottom = run.top + run.items.length - 1;
  return bottom === run.top ? `${letter}${run.top}` : `${letter}${run.top}:${letter}${bottom}`;
}

/**
 * Groups cells into runs down each column, so that a column of marked cells costs one command
 * instead of one per cell. Cells join a run only when their `label` is equal (the same fill).
 */
export function cellRuns<T extends SheetCell>(cells: readonly T[], label: (cell: T) => string = () => ""): CellRun<T>[] {
  const sorted = [...cells].sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.col - b.col || a.row - b.row));
  const runs: CellRun<T>[] = [];
  let current: { sheet: string; col: number; top: number; items: T[]; label: string } | undefined;
  for (const cell of sorted) {
    const l = label(cell);
    const next =
      current !== undefined &&
      current.sheet === cell.sheet &&
      current.col === cell.col &&
      current.label === l &&
      current.top + current.items.length === cell.row;
    if (next) {
      current!.items.push(cell);
      continue;
    }
    if (current !== undefined) runs.push(current);
    current = { sheet: cell.sheet, col: cell.col, top: cell.row, items: [cell], label: l };
  }
  if (current !== undefined) runs.push(current);
  return runs.map(({ sheet, col, top, items }) => ({ sheet, col, top, items }));
}
