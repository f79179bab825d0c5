import type { CellValue } from "../core/grid/cell";
import type { CellRange, Grid } from "../core/grid/grid";
import { Unreadable } from "./unreadable";

export interface ReadLimits {
  /** Refuse a workbook with more non-empty cells than this (memory stays bounded). */
  readonly maxCells: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { maxCells: 3_000_000 };

/** Counts filled cells across a workbook against the limit. */
export class CellBudget {
  private cells = 0;
  constructor(private readonly max: number) {}

  get used(): number {
    return this.cells;
  }

  spend(): void {
    if (++this.cells > this.max) {
      throw new Unreadable(
        "too-large",
        `单元格数量超过 ${this.max.toLocaleString("en")} 个，文件过大，已拒绝读取`,
        `more than ${this.max.toLocaleString("en")} filled cells; the file is too large to read`,
      );
    }
  }
}

const EMPTY_ROW: readonly CellValue[] = Object.freeze([]);

/**
 * Collects one sheet's filled cells in any order and lays them out as a `Grid` from the first
 * filled row and column, so that a sheet claiming a million rows costs only what it holds.
 */
export class GridBuilder {
  private readonly rows = new Map<number, CellValue[]>();
  private minCol = Number.POSITIVE_INFINITY;

  constructor(private readonly budget: CellBudget) {}

  set(row: number, col: number, value: CellValue): void {
    let cells = this.rows.get(row);
    if (value === null) {
      if (cells !== undefined && cells[col - 1] !== undefined) cells[col - 1] = null;
      return;
    }
    if (cells === undefined) {
      cells = [];
      this.rows.set(row, cells);
    }
    if (cells[col - 1] === undefined || cells[col - 1] === null) this.budget.spend();
    cells[col - 1] = value;
    if (col < this.minCol) this.minCol = col;
  }

  build(sheet: string, merges: readonly CellRange[]): Grid {
    const numbers = [...this.rows.keys()].filter((r) => this.rows.get(r)!.some((v) => v !== null && v !== undefined)).sort((a, b) => a - b);
    if (numbers.length === 0) return { sheet, origin: { row: 1, col: 1 }, values: [], merges };
    const top = numbers[0]!;
    const shift = this.minCol - 1;
    const values: (readonly CellValue[])[] = [];
    for (const r of numbers) {
      while (top + values.length < r) values.push(EMPTY_ROW);
      const dense = Array.from(this.rows.get(r)!, (x) => x ?? null);
      values.push(shift > 0 ? dense.slice(shift) : dense);
    }
    return { sheet, origin: { row: top, col: this.minCol }, values, merges };
  }
}
