import { cellAddress, parseAddress } from "../core/grid/address";
import { cellText } from "../core/grid/cell";
import type { Grid } from "../core/grid/grid";
import { canonicalAddress } from "../core/grid/range";
import type { Severity } from "../core/issues/registry";
import { SEAL_PROTECTION } from "../core/seal/protection";
import type { ReviewSheet } from "../core/review";
import { FOOTER_LIMIT, joinFooter, type SheetFooters } from "../core/seal/footer";
import type { TemplateLayout } from "../core/template/layout";
import { placeLayout } from "../core/template/placeLayout";
import {
  MARK_FILL,
  noSuchSheet,
  SHEET_READ_MAX_CELLS,
  sheetTooLarge,
  STORE_SHEET,
  type AppliedChange,
  type CellChange,
  type CellMark,
  type HostLimit,
  type WorkbookAdapter,
  type WorkbookChange,
} from "../core/workbook";
import { formSheet, listSheet } from "./workbook/applyLayout";
import { PreviewBook, PROTECTED_MESSAGE } from "./workbook/book";
import { reviewPreviewSheet } from "./workbook/reviewSheet";
import { emptySheet, type PreviewCell, type PreviewSheet } from "./workbook/sheet";
import { toGrid } from "./workbook/toGrid";

interface RememberedCell {
  readonly fill: string | undefined;
  readonly note: string | undefined;
}

/**
 * The pane's WorkbookAdapter over the preview's workbook. It keeps to Excel's behaviour wherever the
 * pane can tell: a new sheet gets a free name, marks restore the cell's own fill, protected sheets
 * refuse edits and formatting, and only the person's own edits raise change events.
 */
export class PreviewWorkbook extends PreviewBook implements WorkbookAdapter {
  readonly host = "preview" as const;

  /** The preview does everything the add-in asks of a workbook. */
  hostLimits(): HostLimit[] {
    return [];
  }

  private readonly remembered = new Map<string, RememberedCell>();

  async readWorkbook(): Promise<Grid[]> {
    return this.book.filter((s) => s.name !== STORE_SHEET).map(toGrid);
  }

  async sheetNames(): Promise<string[]> {
    return this.book.filter((s) => s.name !== STORE_SHEET).map((s) => s.name);
  }

  async readSheet(name: string): Promise<Grid> {
    const sheet = this.book.find((s) => s.name === name && s.name !== STORE_SHEET);
    if (sheet === undefined) throw noSuchSheet(name);
    const grid = toGrid(sheet);
    const cells = grid.values.reduce((n, row) => Math.max(n, row.length), 0) * grid.values.length;
    if (cells > SHEET_READ_MAX_CELLS) throw sheetTooLarge(name, cells);
    return grid;
  }

  async activeSheet(): Promise<string> {
    return this.active;
  }

  async createFormSheet(requested: TemplateLayout): Promise<string> {
    const layout = placeLayout(
      requested,
      this.book.map((s) => s.name),
    );
    const sheet = formSheet(layout, layout.sheetName);
    this.book.push(listSheet(layout), sheet);
    this.active = sheet.name;
    this.selected = cellAddress(layout.firstDataRow, 1);
    this.changed();
    return sheet.name;
  }

  async addReviewSheets(sheets: readonly ReviewSheet[]): Promise<string[]> {
    const names: string[] = [];
    for (const review of sheets) {
      const sheet = reviewPreviewSheet(review, this.freeName(review.name));
      this.book.push(sheet);
      names.push(sheet.name);
    }
    if (names[0] !== undefined) this.select(names[0]);
    this.changed();
    return names;
  }

  /**
   * Replaces the marks, as the Office adapter does: cells no longer marked get their own fill back.
   * Marks are remembered by worksheet id, so a renamed sheet keeps them. Cells on a protected sheet
   * (a sealed form), where Excel refuses formatting, are neither marked nor restored, and stay remembered.
   */
  async markIssues(marks: readonly CellMark[]): Promise<void> {
    const wanted = new Map<string, { sheet: PreviewSheet; address: string; severity: Severity; notes: string[] }>();
    for (const mark of marks) {
      const sheet = this.sheet(mark.sheet);
      const address = canonicalAddress(mark.cell);
      if (!sheet || !address || sheet.protection) continue;
      const key = markKey(sheet.id, address);
      const entry = wanted.get(key) ?? { sheet, address, severity: mark.severity, notes: [] };
      if (mark.severity === "error") entry.severity = "error";
      if (!entry.notes.includes(mark.note)) entry.notes.push(mark.note);
      wanted.set(key, entry);
    }
    const stale = this.restorable().filter((key) => !wanted.has(key));
    for (const key of stale) this.restore(key);
    for (const [key, { sheet, address, severity, notes }] of wanted) {
      const cell = sheet.cells.get(address) ?? { value: null, style: {} };
      if (!this.remembered.has(key)) this.remembered.set(key, { fill: cell.style.fill, note: cell.note });
      sheet.cells.set(address, { ...cell, style: { ...cell.style, fill: MARK_FILL[severity] }, note: notes.join("\n") });
    }
    if (wanted.size > 0 || stale.length > 0) this.changed();
  }

  /** Clears every mark but those on a protected sheet, which stay remembered until it is unprotected. */
  async clearMarks(): Promise<void> {
    const keys = this.restorable();
    if (keys.length === 0) return;
    for (const key of keys) this.restore(key);
    this.changed();
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    if (!this.sheet(sheet)) throw new Error(`No sheet named ${sheet}`);
    if (!canonicalAddress(cell)) throw new Error(`Not a cell address: ${cell}`);
    this.select(sheet, cell);
  }

  async writeCells(changes: readonly CellChange[]): Promise<AppliedChange[]> {
    const targets = changes.map((change) => {
      const sheet = this.requireSheet(change.sheet);
      if (sheet.protection) throw new Error(PROTECTED_MESSAGE);
      const address = canonicalAddress(change.cell);
      if (!address) throw new Error(`Not a cell address: ${change.cell}`);
      return { sheet, address, change };
    });
    const applied = targets.map(({ sheet, address, change }) => {
      const previous = this.valueAt(sheet, address);
      this.setValue(sheet, address, change.value);
      return { sheet: sheet.name, cell: address, value: change.value, previous };
    });
    if (applied.length > 0) this.changed();
    return applied;
  }

  async readStore(): Promise<string[][] | undefined> {
    const sheet = this.sheet(STORE_SHEET);
    if (!sheet) return undefined;
    const rows: string[][] = [];
    for (const [address, cell] of sheet.cells) {
      const text = cellText(cell.value);
      if (text === "") continue;
      const at = parseAddress(address)!;
      while (rows.length < at.row) rows.push([]);
      const row = rows[at.row - 1]!;
      while (row.length < at.col) row.push("");
      row[at.col - 1] = text;
    }
    return rows;
  }

  async writeStore(rows: readonly (readonly string[])[]): Promise<void> {
    let sheet = this.sheet(STORE_SHEET);
    if (!sheet) {
      sheet = emptySheet(STORE_SHEET, "veryHidden");
      this.book.push(sheet);
    }
    sheet.cells.clear();
    rows.forEach((values, r) =>
      values.forEach((text, c) => {
        if (text !== "") sheet.cells.set(cellAddress(r + 1, c + 1), { value: text, style: {} });
      }),
    );
  }

  async protectSheet(sheetName: string, password?: string, allow = SEAL_PROTECTION): Promise<void> {
    const sheet = this.requireSheet(sheetName);
    if (sheet.protection) return;
    sheet.protection = password === undefined || password === "" ? { allow } : { allow, password };
    this.changed();
  }

  async unprotectSheet(sheetName: string, password?: string): Promise<void> {
    const sheet = this.requireSheet(sheetName);
    if (!sheet.protection) return;
    const expected = sheet.protection.password;
    if (expected !== undefined && expected !== password) throw new Error("The password you supplied is not correct.");
    delete sheet.protection;
    this.changed();
  }

  async readFooters(sheetName: string): Promise<SheetFooters> {
    return { default: { ...this.requireSheet(sheetName).footer } };
  }

  /** Only the footer of every page exists here; like Excel, a footer over 255 characters is refused. */
  async writeFooters(sheetName: string, footers: SheetFooters): Promise<void> {
    const sheet = this.requireSheet(sheetName);
    const footer = footers.default;
    if (footer === undefined) return;
    const length = joinFooter(footer).length;
    if (length > FOOTER_LIMIT) throw new Error(`The footer is ${length} characters long; Excel allows at most ${FOOTER_LIMIT}.`);
    sheet.footer = { ...footer };
    this.changed();
  }

  onUserChange(listener: (change: WorkbookChange) => void): () => void {
    this.userListeners.add(listener);
    return () => this.userListeners.delete(listener);
  }

  // ---- internals ----

  /** The remembered marks Excel would let the pane restore: not on a protected sheet (a deleted sheet's are dropped). */
  private restorable(): string[] {
    return [...this.remembered.keys()].filter((key) => !this.sheet(splitMarkKey(key)[0])?.protection);
  }

  private restore(key: string): void {
    const own = this.remembered.get(key);
    this.remembered.delete(key);
    const [sheetId, address] = splitMarkKey(key);
    const sheet = this.sheet(sheetId);
    const cell = sheet?.cells.get(address);
    if (!own || !sheet || !cell) return;
    const { fill: _markFill, ...style } = cell.style;
    const restored: PreviewCell = { value: cell.value, style: own.fill === undefined ? style : { ...style, fill: own.fill } };
    if (own.note !== undefined) restored.note = own.note;
    sheet.cells.set(address, restored);
  }
}

function markKey(sheetId: string, address: string): string {
  return `${address}!${sheetId}`;
}

function splitMarkKey(key: string): [string, string] {
  const bang = key.indexOf("!");
  return [key.slice(bang + 1), key.slice(0, bang)];
}
