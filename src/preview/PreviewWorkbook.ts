import { cellAddress, parseAddress } from "../core/grid/address";
import { cellText, type CellValue } from "../core/grid/cell";
import { excelSerialToDate, isDateFormat } from "../core/grid/dateFormat";
import type { CellRange, Grid, SheetLayout } from "../core/grid/grid";
import type { Severity } from "../core/issues/registry";
import type { ReviewSheet } from "../core/review";
import { FOOTER_LIMIT, joinFooter, type SheetFooters } from "../core/seal/footer";
import type { CellRole, TemplateLayout } from "../core/template/layout";
import {
  MARK_FILL,
  STORE_SHEET,
  type AppliedChange,
  type CellChange,
  type CellMark,
  type HostLimit,
  type WorkbookAdapter,
  type WorkbookChange,
  freeSheetName,
} from "../core/workbook";
import { typedValue } from "./workbook/cellInput";
import { reviewPreviewSheet } from "./workbook/reviewSheet";
import { canonicalAddress, parseRange, parseSheetRange } from "../core/grid/range";
import { coveredByMerge, emptySheet, inRange, type CellStyle, type PreviewCell, type PreviewSheet } from "./workbook/sheet";

/** Excel's message when a protected cell is edited; the preview shows the same refusal. */
export const PROTECTED_MESSAGE =
  "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.";

const ROLE_STYLE: Readonly<Record<CellRole, CellStyle>> = {
  annex: { bold: true },
  title: { bold: true, size: 18, align: "center" },
  label: { bold: true },
  value: {},
  unitNote: { align: "right" },
  header: { bold: true, align: "center", wrap: true, border: true, fill: "#F2F2F2" },
  data: { border: true },
  note: {},
};

/** What a grid edit did: written, or refused because the sheet is protected. */
export type GridEditResult = { readonly ok: true } | { readonly ok: false; readonly reason: "protected" };

interface RememberedCell {
  readonly fill: string | undefined;
  readonly note: string | undefined;
}

/**
 * The workbook the preview page shows, and the pane's WorkbookAdapter over it. It keeps to Excel's
 * behaviour wherever the pane can tell: a new form gets a free sheet name, marks restore the cell's
 * own fill, protected sheets refuse edits, and only the person's own edits raise change events.
 */
export class PreviewWorkbook implements WorkbookAdapter {
  readonly host = "preview" as const;

  /** The preview does everything the add-in asks of a workbook. */
  hostLimits(): HostLimit[] {
    return [];
  }
  private readonly book: PreviewSheet[];
  private active: string;
  private selected: string;
  private readonly remembered = new Map<string, RememberedCell>();
  private readonly userListeners = new Set<(change: WorkbookChange) => void>();
  private readonly viewListeners = new Set<() => void>();
  private revision = 0;

  constructor(sheets: PreviewSheet[] = [emptySheet("Sheet1")]) {
    if (sheets.length === 0) sheets = [emptySheet("Sheet1")];
    this.book = sheets;
    this.active = (sheets.find((s) => s.visibility === "visible") ?? sheets[0]!).name;
    this.selected = "A1";
  }

  // ---- what the view reads and does ----

  /** Every sheet, in tab order; the view must not mutate them. */
  sheets(): readonly PreviewSheet[] {
    return this.book;
  }

  sheet(name: string): PreviewSheet | undefined {
    const key = name.toLowerCase();
    return this.book.find((s) => s.name.toLowerCase() === key);
  }

  /** Changes whenever anything visible changes, for React's useSyncExternalStore. */
  version(): number {
    return this.revision;
  }

  subscribe(listener: () => void): () => void {
    this.viewListeners.add(listener);
    return () => this.viewListeners.delete(listener);
  }

  selection(): { readonly sheet: string; readonly cell: string } {
    return { sheet: this.active, cell: this.selected };
  }

  /** The person clicks a tab or a cell. */
  select(sheet: string, cell: string = "A1"): void {
    const target = this.sheet(sheet);
    const address = canonicalAddress(cell);
    if (!target || !address) return;
    if (target.name === this.active && address === this.selected) return;
    this.active = target.name;
    this.selected = address;
    this.changed();
  }

  /** The person types into a cell of the grid: refused on a protected sheet, reported to the pane otherwise. */
  editCell(sheetName: string, cell: string, text: string): GridEditResult {
    const sheet = this.requireSheet(sheetName);
    if (sheet.protection) return { ok: false, reason: "protected" };
    const at = parseAddress(cell);
    if (!at) throw new Error(`Not a cell address: ${cell}`);
    const address = cellAddress(at.row, at.col);
    const value = typedValue(text, sheet.cells.get(address)?.style.format === "@");
    if (sameValue(this.valueAt(sheet, address), value)) return { ok: true };
    this.setValue(sheet, address, value);
    this.changed();
    for (const listener of [...this.userListeners]) listener({ sheet: sheet.name, range: address });
    return { ok: true };
  }

  /** The values of a list rule's source range, for the grid's dropdowns. */
  listValues(sheetName: string, row: number, col: number): readonly string[] | undefined {
    const sheet = this.sheet(sheetName);
    const rule = sheet?.lists.find((l) => inRange(l.range, row, col));
    const source = rule && this.sheet(rule.source.sheet);
    if (!rule || !source) return undefined;
    const values: string[] = [];
    const r = rule.source.range;
    for (let y = r.top; y <= r.bottom; y++)
      for (let x = r.left; x <= r.right; x++) {
        const text = cellText(source.cells.get(cellAddress(y, x))?.value ?? null);
        if (text !== "") values.push(text);
      }
    return values;
  }

  // ---- WorkbookAdapter ----

  async readWorkbook(): Promise<Grid[]> {
    return this.book.filter((s) => s.name !== STORE_SHEET).map(toGrid);
  }

  async activeSheet(): Promise<string> {
    return this.active;
  }

  async createFormSheet(layout: TemplateLayout): Promise<string> {
    this.writeListSheet(layout);
    const sheet = emptySheet(
      freeSheetName(
        layout.sheetName,
        this.book.map((s) => s.name),
      ),
    );
    for (const cell of layout.cells) {
      const address = canonicalAddress(cell.address);
      if (address) sheet.cells.set(address, { value: cell.value, style: ROLE_STYLE[cell.role] });
    }
    const dataBottom = layout.firstDataRow + layout.dataRowCount - 1;
    const right = Math.max(layout.columnWidths.length, 1);
    for (let row = layout.firstDataRow; row <= dataBottom; row++)
      for (let col = 1; col <= right; col++) {
        const address = cellAddress(row, col);
        if (!sheet.cells.has(address)) sheet.cells.set(address, { value: null, style: ROLE_STYLE.data });
      }
    for (const { range, format } of layout.numberFormats) {
      const parsed = parseRange(range);
      if (parsed)
        forEachCell(parsed, (address) => {
          const cell = sheet.cells.get(address) ?? { value: null, style: {} };
          sheet.cells.set(address, { ...cell, style: { ...cell.style, format } });
        });
    }
    for (const merge of layout.merges) {
      const range = parseRange(merge);
      if (range) sheet.merges.push(range);
    }
    sheet.columnWidths = [...layout.columnWidths];
    for (const { row, height } of layout.rowHeights) sheet.rowHeights.set(row, height);
    sheet.frozenRows = layout.frozenRows;
    for (const validation of layout.validations) {
      if (validation.kind !== "list") continue;
      const range = parseRange(validation.range);
      const source = parseSheetRange(validation.source);
      if (range && source) sheet.lists.push({ range, source });
    }
    this.book.push(sheet);
    this.active = sheet.name;
    this.selected = cellAddress(layout.firstDataRow, 1);
    this.changed();
    return sheet.name;
  }

  async addReviewSheets(sheets: readonly ReviewSheet[]): Promise<string[]> {
    const names: string[] = [];
    for (const review of sheets) {
      const sheet = reviewPreviewSheet(
        review,
        freeSheetName(
          review.name,
          this.book.map((s) => s.name),
        ),
      );
      this.book.push(sheet);
      names.push(sheet.name);
    }
    if (names[0] !== undefined) this.select(names[0]);
    this.changed();
    return names;
  }

  /** Replaces the marks, as the Office adapter does: cells no longer marked get their own fill back. */
  async markIssues(marks: readonly CellMark[]): Promise<void> {
    const wanted = new Map<string, { sheet: PreviewSheet; address: string; severity: Severity; notes: string[] }>();
    for (const mark of marks) {
      const sheet = this.sheet(mark.sheet);
      const address = canonicalAddress(mark.cell);
      if (!sheet || !address) continue;
      const key = markKey(sheet.name, address);
      const entry = wanted.get(key) ?? { sheet, address, severity: mark.severity, notes: [] };
      if (mark.severity === "error") entry.severity = "error";
      if (!entry.notes.includes(mark.note)) entry.notes.push(mark.note);
      wanted.set(key, entry);
    }
    const stale = [...this.remembered.keys()].filter((key) => !wanted.has(key));
    this.refuseOnProtected([...[...wanted.values()].map((w) => w.sheet.name), ...stale.map((k) => splitMarkKey(k)[0])]);
    for (const key of stale) this.restore(key);
    for (const [key, { sheet, address, severity, notes }] of wanted) {
      const cell = sheet.cells.get(address) ?? { value: null, style: {} };
      if (!this.remembered.has(key)) this.remembered.set(key, { fill: cell.style.fill, note: cell.note });
      sheet.cells.set(address, { ...cell, style: { ...cell.style, fill: MARK_FILL[severity] }, note: notes.join("\n") });
    }
    if (wanted.size > 0 || stale.length > 0) this.changed();
  }

  async clearMarks(): Promise<void> {
    if (this.remembered.size === 0) return;
    this.refuseOnProtected([...this.remembered.keys()].map((k) => splitMarkKey(k)[0]));
    for (const key of [...this.remembered.keys()]) this.restore(key);
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

  async protectSheet(sheetName: string, password?: string): Promise<void> {
    const sheet = this.requireSheet(sheetName);
    if (sheet.protection) return;
    sheet.protection = password === undefined || password === "" ? {} : { password };
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

  /** Excel refuses formatting on a protected sheet (the adapter protects without allowFormatCells). */
  private refuseOnProtected(sheetNames: readonly string[]): void {
    if (sheetNames.some((name) => this.sheet(name)?.protection)) throw new Error(PROTECTED_MESSAGE);
  }

  private restore(key: string): void {
    const own = this.remembered.get(key);
    this.remembered.delete(key);
    const [sheetName, address] = splitMarkKey(key);
    const cell = this.sheet(sheetName)?.cells.get(address);
    if (!own || !cell) return;
    const { fill: _markFill, ...style } = cell.style;
    const restored: PreviewCell = { value: cell.value, style: own.fill === undefined ? style : { ...style, fill: own.fill } };
    if (own.note !== undefined) restored.note = own.note;
    this.sheet(sheetName)!.cells.set(address, restored);
  }

  private requireSheet(name: string): PreviewSheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`No sheet named ${name}`);
    return sheet;
  }

  private valueAt(sheet: PreviewSheet, address: string): CellValue {
    return sheet.cells.get(address)?.value ?? null;
  }

  private setValue(sheet: PreviewSheet, address: string, value: CellValue): void {
    const at = parseAddress(address)!;
    if (coveredByMerge(sheet, at.row, at.col)) return; // Excel keeps only a merged area's first cell
    const cell = sheet.cells.get(address);
    sheet.cells.set(address, cell ? { ...cell, value } : { value, style: {} });
  }

  /** The list sheet is the add-in's own: it is rewritten, hidden, rather than duplicated. */
  private writeListSheet(layout: TemplateLayout): void {
    const { name, columns } = layout.listSheet;
    let sheet = this.sheet(name);
    if (!sheet) {
      sheet = emptySheet(name, "hidden");
      this.book.push(sheet);
    }
    sheet.cells.clear();
    columns.forEach((column, c) => {
      sheet.cells.set(cellAddress(1, c + 1), { value: column.heading, style: { bold: true } });
      column.values.forEach((value, r) => sheet.cells.set(cellAddress(r + 2, c + 1), { value, style: {} }));
    });
  }

  private changed(): void {
    this.revision++;
    for (const listener of [...this.viewListeners]) listener();
  }
}

function markKey(sheet: string, address: string): string {
  return `${address}!${sheet}`;
}

function splitMarkKey(key: string): [string, string] {
  const bang = key.indexOf("!");
  return [key.slice(bang + 1), key.slice(0, bang)];
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

/**
 * A cell's value as Excel would hand it over: a number in a date format (a number typed into a
 * date-formatted cell) is a date, by the one rule every adapter follows.
 */
function readValue(cell: PreviewCell): CellValue {
  return typeof cell.value === "number" && isDateFormat(cell.style.format) ? excelSerialToDate(cell.value) : cell.value;
}

/** A sheet as the core reads it: the used range (cells with values and their number formats), the merged areas and the page layout. */
export function toGrid(sheet: PreviewSheet): Grid {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  const filled: Array<{ row: number; col: number; value: CellValue; format: string | undefined }> = [];
  for (const [address, cell] of sheet.cells) {
    if (cell.value === null) continue;
    const at = parseAddress(address)!;
    filled.push({ ...at, value: readValue(cell), format: cell.style.format });
    top = Math.min(top, at.row);
    left = Math.min(left, at.col);
    bottom = Math.max(bottom, at.row);
    right = Math.max(right, at.col);
  }
  const merges = sheet.merges.map((m) => ({ ...m }));
  const layout: SheetLayout = {
    hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b),
    ...(sheet.printArea === undefined ? {} : { printArea: sheet.printArea.map((a) => ({ ...a })) }),
    protected: sheet.protection !== undefined,
  };
  if (filled.length === 0) return { sheet: sheet.name, origin: { row: 1, col: 1 }, values: [], merges, layout };
  const values: CellValue[][] = Array.from({ length: bottom - top + 1 }, () => Array.from({ length: right - left + 1 }, () => null));
  const formats: (string | undefined)[][] = Array.from({ length: bottom - top + 1 }, () => []);
  for (const { row, col, value, format } of filled) {
    values[row - top]![col - left] = value;
    if (format !== undefined && format !== "General") formats[row - top]![col - left] = format;
  }
  return { sheet: sheet.name, origin: { row: top, col: left }, values, merges, formats, layout };
}

function forEachCell(range: CellRange, visit: (address: string) => void): void {
  for (let row = range.top; row <= range.bottom; row++) for (let col = range.left; col <= range.right; col++) visit(cellAddress(row, col));
}
