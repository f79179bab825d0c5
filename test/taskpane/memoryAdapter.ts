import { cellAddress, parseAddress } from "../../src/core/grid/address";
import type { CellValue } from "../../src/core/grid/cell";
import type { Grid } from "../../src/core/grid/grid";
import type { ReviewSheet } from "../../src/core/review";
import type { SheetFooters } from "../../src/core/seal/footer";
import type { TemplateLayout } from "../../src/core/template/layout";
import {
  noSuchSheet,
  type AppliedChange,
  type CellChange,
  type CellMark,
  type HostLimit,
  type WorkbookAdapter,
  type WorkbookChange,
} from "../../src/core/workbook";

/** A workbook in memory behind the pane's adapter contract, for component tests. */
export class MemoryAdapter implements WorkbookAdapter {
  readonly host = "preview" as const;
  /** The requirement sets this workbook's host lacks, as a test sets them. */
  limits: HostLimit[] = [];

  hostLimits(): HostLimit[] {
    return this.limits;
  }
  readonly sheets = new Map<string, Map<string, CellValue>>();
  store: string[][] | undefined;
  marks: CellMark[] = [];
  selected: { sheet: string; cell: string } | undefined;
  readonly protectedSheets = new Map<string, string | undefined>();
  readonly layouts: TemplateLayout[] = [];
  readonly footers = new Map<string, SheetFooters>();
  /** Makes the next call of the named method fail with this message. */
  failNext: { method: keyof WorkbookAdapter; message: string } | undefined;
  private readonly listeners = new Set<(c: WorkbookChange) => void>();

  setSheet(name: string, rows: ReadonlyArray<ReadonlyArray<CellValue>>): void {
    const cells = new Map<string, CellValue>();
    rows.forEach((row, r) => row.forEach((v, c) => v !== null && cells.set(cellAddress(r + 1, c + 1), v)));
    this.sheets.set(name, cells);
  }

  cell(sheet: string, address: string): CellValue {
    return this.sheets.get(sheet)?.get(address) ?? null;
  }

  /** The user types into a cell: the pane hears about it as Excel would tell it. */
  userEdit(sheet: string, address: string, value: CellValue): void {
    this.put(sheet, address, value);
    for (const l of this.listeners) l({ sheet, range: address });
  }

  private put(sheet: string, address: string, value: CellValue): void {
    const cells = this.sheets.get(sheet);
    if (cells === undefined) throw new Error(`no sheet ${sheet}`);
    if (value === null) cells.delete(address);
    else cells.set(address, value);
  }

  private failIfAsked(method: keyof WorkbookAdapter): void {
    if (this.failNext?.method === method) {
      const { message } = this.failNext;
      this.failNext = undefined;
      throw new Error(message);
    }
  }

  async readWorkbook(): Promise<Grid[]> {
    this.failIfAsked("readWorkbook");
    return [...this.sheets].map(([sheet, cells]) => {
      const values: CellValue[][] = [];
      for (const [address, v] of cells) {
        const p = parseAddress(address)!;
        while (values.length < p.row) values.push([]);
        values[p.row - 1]![p.col - 1] = v;
      }
      return { sheet, origin: { row: 1, col: 1 }, values: values.map((r) => Array.from(r, (v) => v ?? null)), merges: [] };
    });
  }

  async sheetNames(): Promise<string[]> {
    return [...this.sheets.keys()];
  }

  async readSheet(name: string): Promise<Grid> {
    const grid = (await this.readWorkbook()).find((g) => g.sheet === name);
    if (grid === undefined) throw noSuchSheet(name);
    return grid;
  }

  async activeSheet(): Promise<string> {
    return [...this.sheets.keys()][0] ?? "";
  }

  async createFormSheet(layout: TemplateLayout): Promise<string> {
    this.failIfAsked("createFormSheet");
    let name = layout.sheetName;
    for (let n = 2; this.sheets.has(name); n++) name = `${layout.sheetName} (${n})`;
    this.sheets.set(name, new Map(layout.cells.filter((c) => c.value !== null).map((c) => [c.address, c.value])));
    this.layouts.push(layout);
    return name;
  }

  async addReviewSheets(sheets: readonly ReviewSheet[]): Promise<string[]> {
    this.failIfAsked("addReviewSheets");
    return sheets.map((sheet) => {
      let name = sheet.name;
      for (let n = 2; this.sheets.has(name); n++) name = `${sheet.name} (${n})`;
      this.setSheet(name, [sheet.columns.map((c) => c.title), ...sheet.rows]);
      return name;
    });
  }

  async markIssues(marks: readonly CellMark[]): Promise<void> {
    this.failIfAsked("markIssues");
    this.marks = [...marks];
  }

  async clearMarks(): Promise<void> {
    this.marks = [];
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.failIfAsked("selectCell");
    this.selected = { sheet, cell };
  }

  async writeCells(changes: readonly CellChange[]): Promise<AppliedChange[]> {
    this.failIfAsked("writeCells");
    return changes.map((c) => {
      if (this.protectedSheets.has(c.sheet)) throw new Error(`${c.sheet} is protected`);
      const previous = this.cell(c.sheet, c.cell);
      this.put(c.sheet, c.cell, c.value);
      return { ...c, previous };
    });
  }

  async readStore(): Promise<string[][] | undefined> {
    return this.store?.map((r) => [...r]);
  }

  async writeStore(rows: readonly (readonly string[])[]): Promise<void> {
    this.failIfAsked("writeStore");
    this.store = rows.map((r) => [...r]);
  }

  async protectSheet(sheet: string, password?: string): Promise<void> {
    this.protectedSheets.set(sheet, password);
  }

  async unprotectSheet(sheet: string, password?: string): Promise<void> {
    if (this.protectedSheets.get(sheet) !== password) throw new Error("The password is not correct");
    this.protectedSheets.delete(sheet);
  }

  async readFooters(sheet: string): Promise<SheetFooters> {
    return this.footers.get(sheet) ?? { default: { left: "", center: "", right: "" } };
  }

  async writeFooters(sheet: string, footers: SheetFooters): Promise<void> {
    this.failIfAsked("writeFooters");
    this.footers.set(sheet, { ...this.footers.get(sheet), ...footers });
  }

  onUserChange(listener: (change: WorkbookChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
