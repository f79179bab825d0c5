import type { CellValue } from "../grid/cell";
import type { Grid } from "../grid/grid";
import type { Severity } from "../issues/registry";
import type { ReviewSheet } from "../review";
import type { SheetFooters } from "../seal/footer";
import type { ProtectionAllowances } from "../seal/protection";
import type { TemplateLayout } from "../template/layout";
import type { HostLimit } from "./hostLimit";

/** One cell the add-in intends to write (a fix, an undo). */
export interface CellChange {
  readonly sheet: string;
  readonly cell: string;
  readonly value: CellValue;
  /** A formula to write instead of `value` (only when undoing a change to a formula cell). */
  readonly formula?: string;
}

/** A change as written, with what the cell held before, so that it can be undone exactly. */
export interface AppliedChange extends CellChange {
  readonly previous: CellValue;
  /** The formula the cell held before, when it held one: undo writes it back instead of `previous`. */
  readonly previousFormula?: string;
}

/** A mark on a cell that has an issue: the fill shows the severity, the note says why. */
export interface CellMark {
  readonly sheet: string;
  readonly cell: string;
  readonly severity: Severity;
  readonly note: string;
}

/** A change the user made in the workbook (the add-in's own writes are not reported). */
export interface WorkbookChange {
  readonly sheet: string;
  /** The changed range's A1 address, when the host says. */
  readonly range?: string;
}

/**
 * Everything the task pane asks of a workbook. The Office.js adapter implements it over the live
 * workbook; the browser preview implements it over an in-page grid. Components receive it; they
 * never call Excel themselves.
 */
export interface WorkbookAdapter {
  readonly host: "excel" | "preview";
  /** What this host cannot do for the add-in (requirement sets it lacks); empty where it can do everything. */
  hostLimits(): readonly HostLimit[];
  /** Every worksheet as plain data (values, cached formula results, merged ranges). */
  readWorkbook(): Promise<Grid[]>;
  /** The workbook's sheets by name, in workbook order, the add-in's hidden store left out. */
  sheetNames(): Promise<string[]>;
  /**
   * One sheet's values (its used range; an empty grid for an empty sheet), whatever it holds: a
   * table the user points at, such as 审查's quota table. Fails when there is no sheet of that name,
   * or when its filled area is larger than SHEET_READ_MAX_CELLS (sheetRead.ts), each host with the same message.
   */
  readSheet(name: string): Promise<Grid>;
  /** The name of the sheet the user is looking at. */
  activeSheet(): Promise<string>;
  /** Creates the form in a new sheet under a free name (never overwriting) and returns that name. */
  createFormSheet(layout: TemplateLayout): Promise<string>;
  /**
   * Adds the review's sheets (审查: 单位汇总, 问题清单, 企业汇总), each as a new sheet under a free
   * name so that nothing already in the workbook is replaced, and returns the names used, in order.
   * Text is written as text, never as a formula; marked rows are filled.
   */
  addReviewSheets(sheets: readonly ReviewSheet[]): Promise<string[]>;
  /** Marks cells with issues, remembering each cell's own fill so that clearing restores it exactly. */
  markIssues(marks: readonly CellMark[]): Promise<void>;
  /** Removes every mark this add-in made, restoring the user's own formatting. */
  clearMarks(): Promise<void>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Writes values (fixes or their undo) and returns what each cell held before. */
  writeCells(changes: readonly CellChange[]): Promise<AppliedChange[]>;
  /** The add-in's hidden store (seal record, quota settings) as rows of text, or undefined when absent. */
  readStore(): Promise<string[][] | undefined>;
  /** Replaces the hidden store's content; the store sheet is created very hidden when absent. */
  writeStore(rows: readonly (readonly string[])[]): Promise<void>;
  /** `sheet` here and in the footer calls is a name, or a worksheet id (Grid.id) where the host has them. */
  /**
   * Protects the sheet as a seal does (`SEAL_PROTECTION`), or with the allowances given (unsealing
   * gives the clerk's own protection back); a sheet already protected is left as it is.
   */
  protectSheet(sheet: string, password?: string, allow?: ProtectionAllowances): Promise<void>;
  unprotectSheet(sheet: string, password?: string): Promise<void>;
  /** The sheet's print footers, by the page groups its layout uses (every page unless first or odd/even pages have their own). */
  readFooters(sheet: string): Promise<SheetFooters>;
  /** Writes these page groups' footers; the host refuses a footer longer than Excel's 255 characters. */
  writeFooters(sheet: string, footers: SheetFooters): Promise<void>;
  /**
   * Calls the listener when the user changes cells, and `onError` when following the changes
   * fails (so the pane can say so instead of going quiet); returns a function that stops listening.
   */
  onUserChange(listener: (change: WorkbookChange) => void, onError: (error: unknown) => void): () => void;
}
