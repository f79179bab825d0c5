import { cellAddress, parseAddress } from "../../core/grid/address";
import { cellText, type CellValue } from "../../core/grid/cell";
import { canonicalAddress } from "../../core/grid/range";
import { freeSheetName, sheetNameRefusal, type SheetNameRefusal, type WorkbookChange } from "../../core/workbook";
import { typedValue } from "./cellInput";
import { coveredByMerge, emptySheet, inRange, type PreviewSheet } from "./sheet";

/** Excel's message when a protected cell is edited; the preview shows the same refusal. */
export const PROTECTED_MESSAGE =
  "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.";

/** What a grid edit did: written, or refused because the sheet is protected. */
export type GridEditResult = { readonly ok: true } | { readonly ok: false; readonly reason: "protected" };

/** What renaming a sheet did: renamed, or refused as Excel refuses the name. */
export type RenameResult = { readonly ok: true } | { readonly ok: false; readonly reason: SheetNameRefusal };

/**
 * The workbook the preview page shows, as the grid sees it: the sheets in tab order, the selection,
 * the person's own edits (refused on a protected sheet, reported to change listeners) and the
 * dropdowns' values. The pane's adapter over it is PreviewWorkbook.
 */
export class PreviewBook {
  protected readonly book: PreviewSheet[];
  protected active: string;
  protected selected: string;
  protected readonly userListeners = new Set<(change: WorkbookChange) => void>();
  private readonly viewListeners = new Set<() => void>();
  private revision = 0;

  constructor(sheets: PreviewSheet[] = [emptySheet("Sheet1")]) {
    if (sheets.length === 0) sheets = [emptySheet("Sheet1")];
    this.book = sheets;
    this.active = (sheets.find((s) => s.visibility === "visible") ?? sheets[0]!).name;
    this.selected = "A1";
  }

  /** Every sheet, in tab order; the view must not mutate them. */
  sheets(): readonly PreviewSheet[] {
    return this.book;
  }

  /** By worksheet id or by name (ignoring case), as Excel's `worksheets.getItem` finds a sheet. */
  sheet(nameOrId: string): PreviewSheet | undefined {
    const key = nameOrId.toLowerCase();
    return this.book.find((s) => s.id === nameOrId) ?? this.book.find((s) => s.name.toLowerCase() === key);
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

  /**
   * The person renames a sheet on its tab. Excel allows it on a protected sheet (only a protected
   * workbook structure forbids it) and raises no change event for it; the sheet keeps its id, and
   * the dropdowns that read their values from it follow the new name, as Excel's references do.
   */
  renameSheet(nameOrId: string, name: string): RenameResult {
    const sheet = this.requireSheet(nameOrId);
    if (name === sheet.name) return { ok: true };
    const refusal = sheetNameRefusal(
      name,
      this.book.filter((s) => s !== sheet).map((s) => s.name),
    );
    if (refusal !== undefined) return { ok: false, reason: refusal };
    const old = sheet.name;
    sheet.name = name;
    for (const s of this.book) s.lists = s.lists.map((l) => (l.source.sheet === old ? { ...l, source: { ...l.source, sheet: name } } : l));
    if (this.active === old) this.active = name;
    this.changed();
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

  protected requireSheet(name: string): PreviewSheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`No sheet named ${name}`);
    return sheet;
  }

  protected valueAt(sheet: PreviewSheet, address: string): CellValue {
    return sheet.cells.get(address)?.value ?? null;
  }

  protected setValue(sheet: PreviewSheet, address: string, value: CellValue): void {
    const at = parseAddress(address)!;
    if (coveredByMerge(sheet, at.row, at.col)) return; // Excel keeps only a merged area's first cell
    const cell = sheet.cells.get(address);
    sheet.cells.set(address, cell ? { ...cell, value } : { value, style: {} });
  }

  /** A name no sheet has, by Excel's rules (the same in every host). */
  protected freeName(requested: string): string {
    return freeSheetName(
      requested,
      this.book.map((s) => s.name),
    );
  }

  protected changed(): void {
    this.revision++;
    for (const listener of [...this.viewListeners]) listener();
  }
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}
