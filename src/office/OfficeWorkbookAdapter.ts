import type { Grid } from "../core/grid/grid";
import type { TemplateLayout } from "../core/template/layout";
import {
  STORE_SHEET,
  type AppliedChange,
  type CellChange,
  type CellMark,
  type WorkbookAdapter,
  type WorkbookChange,
} from "../core/workbook";
import { activeSheet, selectCell, writeCells } from "./cells";
import { ALL_SHEETS, OwnWrites, subscribeChanges } from "./changes";
import { createFormSheet } from "./createFormSheet";
import type { OfficeEnv } from "./env";
import { supportsExcelApi } from "./host";
import { clearMarks, markIssues } from "./marks";
import { protectSheet, unprotectSheet } from "./protection";
import { readWorkbook } from "./readWorkbook";
import { readStore, writeStore } from "./store";

/** The live workbook through Office.js: `Excel.run`, the host's requirement sets and the clock. */
export function officeEnv(): OfficeEnv {
  return { run: (batch) => Excel.run(batch), supports: supportsExcelApi, now: () => Date.now() };
}

/**
 * The task pane's WorkbookAdapter over the live workbook. Every operation is a plain function
 * over `Excel.run` whose syncs stay fixed up to a payload budget (see payload.ts); this class only ties them together and keeps
 * the add-in's own writes from being reported as the user's changes.
 */
export class OfficeWorkbookAdapter implements WorkbookAdapter {
  readonly host = "excel" as const;
  private readonly own: OwnWrites;

  constructor(private readonly env: OfficeEnv = officeEnv()) {
    this.own = new OwnWrites(env.now);
  }

  readWorkbook(): Promise<Grid[]> {
    return readWorkbook(this.env);
  }

  activeSheet(): Promise<string> {
    return activeSheet(this.env);
  }

  createFormSheet(layout: TemplateLayout): Promise<string> {
    return this.own.around([ALL_SHEETS], () => createFormSheet(this.env, layout));
  }

  /** Marks may also restore earlier marks on other sheets, so every sheet's echo is muted. */
  markIssues(marks: readonly CellMark[]): Promise<void> {
    return this.own.around([ALL_SHEETS], () => markIssues(this.env, marks));
  }

  clearMarks(): Promise<void> {
    return this.own.around([ALL_SHEETS], () => clearMarks(this.env));
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    return selectCell(this.env, sheet, cell);
  }

  writeCells(changes: readonly CellChange[]): Promise<AppliedChange[]> {
    return this.own.around(sheetsOf(changes), () => writeCells(this.env, changes));
  }

  readStore(): Promise<string[][] | undefined> {
    return readStore(this.env);
  }

  writeStore(rows: readonly (readonly string[])[]): Promise<void> {
    return this.own.around([STORE_SHEET], () => writeStore(this.env, rows));
  }

  protectSheet(sheet: string, password?: string): Promise<void> {
    return protectSheet(this.env, sheet, password);
  }

  unprotectSheet(sheet: string, password?: string): Promise<void> {
    return unprotectSheet(this.env, sheet, password);
  }

  onUserChange(listener: (change: WorkbookChange) => void, onError: (error: unknown) => void): () => void {
    return subscribeChanges(this.env, (sheet) => sheet === STORE_SHEET || this.own.isOwn(sheet), listener, onError);
  }
}

function sheetsOf(items: readonly { readonly sheet: string }[]): string[] {
  return [...new Set(items.map((i) => i.sheet))];
}
