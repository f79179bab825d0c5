import { cellAddress } from "../core/grid/address";
import type { CellValue } from "../core/grid/cell";
import type { CellRange, Grid, SheetLayout } from "../core/grid/grid";
import { Unreadable } from "./unreadable";

export interface ReadLimits {
  /** Refuse a workbook with more non-empty cells than this (memory stays bounded). */
  readonly maxCells: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { maxCells: 3_000_000 };

/** Excel's sheet: 1,048,576 rows by 16,384 columns (XFD). */
export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;

/**
 * A grid's rows hold at most this many cells in all, empty ones between filled ones included.
 * A sheet that would take more — a stray cell in column XFD on each of 20,000 rows beside a form
 * in A–T makes every row 16,384 cells wide — keeps only its densest block of columns, at most
 * `MAX_GRID_COLUMNS` wide; the cells outside it are counted as left out.
 */
const MAX_GRID_SLOTS = 16_000_000;
/** Cells beyond this column wait outside the rows until the sheet's width is known. */
const MAX_GRID_COLUMNS = 1024;
/** Empty columns that separate one block of columns from the next. */
const BLOCK_GAP = 64;

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

/** Cells a grid left out, being far from the table (see `MAX_GRID_COLUMNS`). */
export interface LeftOutCells {
  readonly count: number;
  /** The first of them, as an A1 address. */
  readonly first: string;
}

export interface BuiltGrid {
  readonly grid: Grid;
  readonly leftOut?: LeftOutCells;
}

const EMPTY_ROW: readonly CellValue[] = Object.freeze([]);
const NO_FORMATS: readonly (string | undefined)[] = Object.freeze([]);

interface FarCell {
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
  readonly format: string | undefined;
}

/** A sheet's cells by row: `values[i]` and `formats[i]` are column `base + i`. */
interface Rows {
  readonly values: ReadonlyMap<number, CellValue[]>;
  readonly formats: ReadonlyMap<number, (string | undefined)[]>;
}

/** General is what a cell without a format shows; only other formats are kept. */
function keptFormat(format: string | undefined): string | undefined {
  return format === undefined || format === "General" ? undefined : format;
}

function outsideSheet(row: number, col: number): Unreadable {
  return new Unreadable(
    "corrupt",
    `文件已损坏：单元格位置（第 ${row} 行第 ${col} 列）超出 Excel 工作表范围`,
    `the file is damaged: a cell at row ${row}, column ${col} lies outside any Excel sheet`,
  );
}

function tooWide(sheet: string): Unreadable {
  return new Unreadable(
    "too-large",
    `工作表“${sheet}”的内容过宽过长，不像一张表格，已拒绝读取`,
    `sheet "${sheet}" spreads over too many rows and columns to be one table; refused`,
  );
}

/** The densest block of columns, blocks being separated by more than `BLOCK_GAP` empty columns. */
function densestBlock(counts: ReadonlyMap<number, number>): { left: number; right: number } {
  const cols = [...counts.keys()].sort((a, b) => a - b);
  let best = { left: cols[0]!, right: cols[0]!, cells: 0 };
  let block = { left: cols[0]!, right: cols[0]!, cells: 0 };
  for (const col of cols) {
    if (col - block.right > BLOCK_GAP + 1) block = { left: col, right: col, cells: 0 };
    block.right = col;
    block.cells += counts.get(col)!;
    if (block.cells > best.cells) best = { ...block };
  }
  return best;
}

/**
 * Collects one sheet's filled cells in any order and lays them out as a `Grid` from the first
 * filled row and column, so that a sheet claiming a million rows costs only what it holds.
 */
export class GridBuilder {
  private readonly rows = new Map<number, CellValue[]>();
  private readonly formats = new Map<number, (string | undefined)[]>();
  private readonly far: FarCell[] = [];

  constructor(private readonly budget: CellBudget) {}

  /** A cell's value and number format code (undefined or `General` for none). */
  set(row: number, col: number, value: CellValue, format?: string): void {
    if (row < 1 || row > MAX_ROW || col < 1 || col > MAX_COL || !Number.isInteger(row) || !Number.isInteger(col)) {
      throw outsideSheet(row, col);
    }
    if (value === null) return;
    if (col > MAX_GRID_COLUMNS) {
      this.budget.spend();
      this.far.push({ row, col, value, format: keptFormat(format) });
      return;
    }
    let cells = this.rows.get(row);
    if (cells === undefined) {
      cells = [];
      this.rows.set(row, cells);
    }
    if (cells[col - 1] === undefined) this.budget.spend();
    cells[col - 1] = value;
    const kept = keptFormat(format);
    let formats = this.formats.get(row);
    if (kept !== undefined) {
      if (formats === undefined) this.formats.set(row, (formats = []));
      formats[col - 1] = kept;
    } else if (formats !== undefined) formats[col - 1] = undefined;
  }

  build(sheet: string, merges: readonly CellRange[], sheetLayout?: SheetLayout): BuiltGrid {
    const built = this.laidOut(sheet, merges);
    return sheetLayout === undefined ? built : { ...built, grid: { ...built.grid, layout: sheetLayout } };
  }

  private laidOut(sheet: string, merges: readonly CellRange[]): BuiltGrid {
    let left = MAX_COL;
    const lastOf = new Map<number, number>();
    for (const [row, cells] of this.rows) {
      const first = cells.findIndex((v) => v !== undefined);
      if (first < 0) continue;
      left = Math.min(left, first + 1);
      lastOf.set(row, cells.length);
    }
    for (const { row, col } of this.far) {
      left = Math.min(left, col);
      lastOf.set(row, Math.max(lastOf.get(row) ?? 0, col));
    }
    let slots = 0;
    for (const last of lastOf.values()) slots += last - left + 1;
    if (slots <= MAX_GRID_SLOTS) {
      if (this.far.length === 0) return { grid: layout(sheet, merges, { values: this.rows, formats: this.formats }, 1) };
      return this.within(sheet, merges, left, MAX_COL);
    }
    const counts = new Map<number, number>();
    for (const cells of this.rows.values()) cells.forEach((_v, i) => counts.set(i + 1, (counts.get(i + 1) ?? 0) + 1));
    for (const { col } of this.far) counts.set(col, (counts.get(col) ?? 0) + 1);
    const block = densestBlock(counts);
    const built = this.within(sheet, merges, block.left, Math.min(block.right, block.left + MAX_GRID_COLUMNS - 1));
    let kept = 0;
    for (const r of built.grid.values) kept += r.length;
    if (kept > MAX_GRID_SLOTS) throw tooWide(sheet);
    return built;
  }

  /** The cells in columns `left`–`right`, laid out from `left`; the others counted as left out. */
  private within(sheet: string, merges: readonly CellRange[], left: number, right: number): BuiltGrid {
    const kept = new Map<number, CellValue[]>();
    const keptFormats = new Map<number, (string | undefined)[]>();
    let leftOut = 0;
    let first: { row: number; col: number } | undefined;
    const place = (row: number, col: number, value: CellValue, format: string | undefined) => {
      if (col >= left && col <= right) {
        let cells = kept.get(row);
        if (cells === undefined) kept.set(row, (cells = []));
        cells[col - left] = value;
        if (format !== undefined) {
          let formats = keptFormats.get(row);
          if (formats === undefined) keptFormats.set(row, (formats = []));
          formats[col - left] = format;
        }
        return;
      }
      leftOut++;
      if (first === undefined || row < first.row || (row === first.row && col < first.col)) first = { row, col };
    };
    for (const [row, cells] of this.rows) {
      const formats = this.formats.get(row);
      cells.forEach((value, i) => place(row, i + 1, value, formats?.[i]));
    }
    for (const { row, col, value, format } of this.far) place(row, col, value, format);
    const grid = layout(sheet, merges, { values: kept, formats: keptFormats }, left);
    return first === undefined ? { grid } : { grid, leftOut: { count: leftOut, first: cellAddress(first.row, first.col) } };
  }
}

/** The index of a row's first filled cell, or -1 for a row with none. */
function firstFilled(cells: readonly (CellValue | undefined)[]): number {
  for (let i = 0; i < cells.length; i++) if (cells[i] !== undefined) return i;
  return -1;
}

/** A row's cells from `shift` on, each gap a blank (`null`): one loop, for sheets of 100,000 rows. */
function denseFrom(cells: readonly (CellValue | undefined)[], shift: number): CellValue[] {
  const dense = new Array<CellValue>(Math.max(0, cells.length - shift));
  for (let i = shift; i < cells.length; i++) dense[i - shift] = cells[i] ?? null;
  return dense;
}

/** The rows as a grid from the first filled row and column; `cells[i]` is column `base + i`. */
function layout(sheet: string, merges: readonly CellRange[], { values: rows, formats }: Rows, base: number): Grid {
  const numbers: number[] = [];
  let shift = Number.POSITIVE_INFINITY;
  for (const [r, cells] of rows) {
    const at = firstFilled(cells);
    if (at < 0) continue;
    numbers.push(r);
    if (at < shift) shift = at;
  }
  if (numbers.length === 0) return { sheet, origin: { row: 1, col: 1 }, values: [], merges };
  numbers.sort((a, b) => a - b);
  const top = numbers[0]!;
  const values: (readonly CellValue[])[] = [];
  const formatRows: (readonly (string | undefined)[])[] = [];
  for (const r of numbers) {
    while (top + values.length < r) {
      values.push(EMPTY_ROW);
      formatRows.push(NO_FORMATS);
    }
    values.push(denseFrom(rows.get(r)!, shift));
    const rowFormats = formats.get(r);
    formatRows.push(rowFormats === undefined ? NO_FORMATS : shift > 0 ? rowFormats.slice(shift) : rowFormats);
  }
  const anyFormat = formatRows.some((f) => f !== NO_FORMATS);
  return { sheet, origin: { row: top, col: base + shift }, values, merges, ...(anyFormat ? { formats: formatRows } : {}) };
}
