import { analyseWorkbook, type WorkbookAnalysis } from "../../core/analysis";
import type { Issue } from "../../core/issues/issue";
import type { Lang } from "../../core/issues/lang";
import { renderMessage } from "../../core/issues/render";
import { decodeStore, encodeStore, type WorkbookStore } from "../../core/storage";
import type { WorkbookAdapter } from "../../core/workbook";
import { strings, type Strings } from "../i18n";
import { initialState, reduce, type PaneAction, type PaneState, type Task } from "./paneState";

export interface PaneDeps {
  readonly adapter: WorkbookAdapter;
  readonly lang: Lang;
  readonly toolVersion: string;
  readonly today?: () => Date;
  /** Quiet time after the user's last keystroke before usage is recounted. */
  readonly debounceMs?: number;
  /** Starts the 审查 worker (src/web/reviewWorker.ts); absent where none can run (Node, in tests): the review runs in the pane. */
  readonly startReviewWorker?: () => Worker | undefined;
}

/** What a finished task leaves: a success notice, and whether the workbook is read again (and listed). */
export interface Outcome {
  readonly notice?: string;
  readonly refresh?: "live" | "checked";
}

export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return typeof error === "string" && error !== "" ? error : String(error);
}

/**
 * What every flow of the pane shares: the state (changed only through `reduce`), the task runner
 * that turns every failure into the error the pane shows, and the reading of the workbook and its store.
 */
export class PaneSession {
  private state: PaneState;
  private readonly listeners = new Set<() => void>();
  private analysisSeq = 0;
  readonly today: () => Date;

  constructor(readonly deps: PaneDeps) {
    this.today = deps.today ?? (() => new Date());
    this.state = initialState(deps.lang, this.today().getFullYear());
  }

  readonly getState = (): PaneState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  dispatch(action: PaneAction): void {
    this.state = reduce(this.state, action);
    for (const l of this.listeners) l();
  }

  get adapter(): WorkbookAdapter {
    return this.deps.adapter;
  }

  get t(): Strings {
    return strings(this.state.lang);
  }

  readonly message = (issue: Issue): string => renderMessage(issue, this.state.lang);

  /** Shows a failure as the pane's error. */
  readonly fail = (error: unknown): void => this.dispatch({ type: "error", message: messageOf(error) });

  /**
   * Runs one task the clerk waits for: the busy bar while it works, its failure as the pane's error,
   * and, when it succeeds, its notice and a fresh reading of the workbook if it asks for one.
   */
  async run(task: Task, work: () => Promise<Outcome | void>): Promise<void> {
    this.dispatch({ type: "task-start", task });
    try {
      const outcome = await work();
      if (outcome?.notice !== undefined) this.dispatch({ type: "notice", notice: { kind: "success", text: outcome.notice } });
      if (outcome?.refresh !== undefined) await this.refresh(outcome.refresh === "checked");
    } catch (error) {
      this.fail(error);
    } finally {
      this.dispatch({ type: "task-end" });
    }
  }

  async loadStore(resetDrafts = false): Promise<WorkbookStore> {
    const decoded = decodeStore(await this.adapter.readStore(), this.state.lang);
    this.dispatch({ type: "store", store: decoded.store, problems: decoded.problems, damaged: decoded.damaged, resetDrafts });
    return decoded.store;
  }

  async saveStore(store: WorkbookStore, resetDrafts = false): Promise<void> {
    await this.adapter.writeStore(encodeStore(store));
    // The store is written whole: whatever was damaged in it is gone.
    this.dispatch({ type: "store", store, damaged: [], resetDrafts });
  }

  /** Reads the workbook and analyses it; an older reading that finishes late is dropped. */
  async refresh(checked: boolean): Promise<WorkbookAnalysis | undefined> {
    const seq = ++this.analysisSeq;
    const grids = await this.adapter.readWorkbook();
    const fallbackYear = Number(this.state.template.year) || this.today().getFullYear();
    const analysis = await analyseWorkbook(grids, this.state.store, {
      today: this.today(),
      fallbackYear,
      sealRecordDamaged: this.state.storeDamaged.includes("seal"),
    });
    if (seq !== this.analysisSeq) return undefined;
    this.dispatch({ type: "analysis", analysis, checked });
    return analysis;
  }
}
