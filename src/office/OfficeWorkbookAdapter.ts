import type { Grid } from "../core/grid/grid";
import type { ReviewSheet } from "../core/review";
import type { SheetFooters } from "../core/seal/footer";
import type { ProtectionAllowances } from "../core/seal/protection";
import type { TemplateLayout } from "../core/template/layout";
import {
  STORE_SHEET,
  type AppliedChange,
  type CellChange,
  type CellMark,
  type HostLimit,
  type WorkbookAdapter,
  type WorkbookChange,
} from "../core/workbook";
import { activeSheet, selectCell, writeCells } from "./cells";
import { ALL_SHEETS, OwnWrites, subscribeChanges } from "./changes";
import { createFormSheet } from "./createFormSheet";
import { DateSystem } from "./dateSystem";
import type { OfficeEnv } from "./env";
import { readFooters, writeFooters } from "./footers";
import { clearMarks, markIssues, type MarkCache } from "./marks";
import { hostLimits } from "./hostLimits";
import { officeEnv } from "./officeEnv";
import { protectSheet, unprotectSheet } from "./protection";
import { readSheet, sheetNames } from "./readSheet";
import { WorkbookReader } from "./readWorkbook";
import { addReviewSheets } from "./reviewSheets";
import { readStore, writeStore } from "./store";

/**
 * The task pane's WorkbookAdapter over the live workbook. Every operation is a plain function
 * over `Excel.run` whose syncs stay fixed up to a payload budget (see payload.ts); this class ties
 * them together: it remembers which sheet is the form (only that sheet is read), what the marks
 * setting holds, and keeps the add-in's own writes from being reported as the user's changes.
 */
export class OfficeWorkbookAdapter implements WorkbookAdapter {
  readonly host = "excel" as const;

  hostLimits(): HostLimit[] {
    return hostLimits(this.env.supports);
  }
  private readonly own: OwnWrites;
  private readonly reader: WorkbookReader;
  private readonly marks: MarkCache = { text: undefined };
  private readonly dates: DateSystem;

  constructor(private readonly env: OfficeEnv = officeEnv()) {
    this.own = new OwnWrites(env.now);
    this.dates = new DateSystem(env);
    this.reader = new WorkbookReader(env, this.dates, new Map());
  }

  /** The form sheet only (see WorkbookReader), or the heads of every sheet when none holds the form. */
  readWorkbook(): Promise<Grid[]> {
    return this.reader.read();
  }

  sheetNames(): Promise<string[]> {
    return sheetNames(this.env);
  }

  readSheet(name: string): Promise<Grid> {
    return readSheet(this.env, name);
  }

  activeSheet(): Promise<string> {
    return activeSheet(this.env);
  }

  async createFormSheet(layout: TemplateLayout): Promise<string> {
    const name = await this.own.around([ALL_SHEETS], () => createFormSheet(this.env, layout));
    this.reader.forget();
    return name;
  }

  async addReviewSheets(sheets: readonly ReviewSheet[]): Promise<string[]> {
    const names = await this.own.around([ALL_SHEETS], () => addReviewSheets(this.env, sheets));
    this.reader.forget();
    return names;
  }

  markIssues(marks: readonly CellMark[]): Promise<void> {
    return markIssues(this.env, marks, this.marks, this.reader.names);
  }

  clearMarks(): Promise<void> {
    return clearMarks(this.env, this.marks, this.reader.names);
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    return selectCell(this.env, sheet, cell);
  }

  writeCells(changes: readonly CellChange[]): Promise<AppliedChange[]> {
    return this.own.around(sheetsOf(changes), () => writeCells(this.env, changes, this.dates));
  }

  readStore(): Promise<string[][] | undefined> {
    return readStore(this.env);
  }

  writeStore(rows: readonly (readonly string[])[]): Promise<void> {
    return this.own.around([STORE_SHEET], () => writeStore(this.env, rows));
  }

  protectSheet(sheet: string, password?: string, allow?: ProtectionAllowances): Promise<void> {
    return protectSheet(this.env, sheet, password, allow);
  }

  unprotectSheet(sheet: string, password?: string): Promise<void> {
    return unprotectSheet(this.env, sheet, password);
  }

  readFooters(sheet: string): Promise<SheetFooters> {
    return readFooters(this.env, sheet);
  }

  writeFooters(sheet: string, footers: SheetFooters): Promise<void> {
    return writeFooters(this.env, sheet, footers);
  }

  /** A change on any sheet but the form makes the next read look for the form again. */
  onUserChange(listener: (change: WorkbookChange) => void, onError: (error: unknown) => void): () => void {
    return subscribeChanges(
      this.env,
      this.reader.names,
      { ownSheet: (sheet) => sheet === STORE_SHEET, recentOwnWrite: (sheet) => this.own.isOwn(sheet) },
      (change, worksheetId) => {
        if (worksheetId !== this.reader.formSheetId) this.reader.forget();
        listener(change);
      },
      onError,
    );
  }
}

function sheetsOf(items: readonly { readonly sheet: string }[]): string[] {
  return [...new Set(items.map((i) => i.sheet))];
}
