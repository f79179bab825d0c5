import type { Lang } from "../../core/issues/lang";
import type { WorkbookAdapter } from "../../core/workbook";
import type { BatchReview } from "../../web/engine/review";

/** A file the reviewer picked or dropped (a DOM `File` is one). */
export interface PickedFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** What a finished review left in the workbook, for the pane to say. */
export interface ReviewOutcome {
  /** The sheets added, in order: 单位汇总, 问题清单, 企业汇总 (or their free names). */
  readonly sheets: readonly string[];
  readonly files: number;
  readonly unreadable: number;
  readonly withErrors: number;
  readonly enterprises: number;
  /** Rows of 企业汇总 marked as recommended by another unit too. */
  readonly recommendedTwice: number;
}

export interface ReviewState {
  readonly files: readonly PickedFile[];
  readonly quota: PickedFile | undefined;
  /** While files are read: how many are done, of how many, and which is being read. */
  readonly progress: { readonly done: number; readonly total: number; readonly name: string } | undefined;
  readonly writing: boolean;
  readonly outcome: ReviewOutcome | undefined;
  readonly error: string | undefined;
  /**
   * Encrypted files that did not open: the review waits, unwritten, for their open password (or
   * to go on without them). `wrongPassword` when the last reading had one and it did not fit.
   */
  readonly locked: { readonly files: number; readonly wrongPassword: boolean } | undefined;
}

const INITIAL: ReviewState = {
  files: [],
  quota: undefined,
  progress: undefined,
  writing: false,
  outcome: undefined,
  error: undefined,
  locked: undefined,
};

/**
 * The engine (the file readers with exceljs and the legacy reader, the checks, the review sheets):
 * its own chunk, fetched the first time a reviewer starts a review, so the clerk's pane never loads it.
 * It is the web page's engine, so that the pane, the page and `qbench check` review alike.
 */
function loadEngine(): Promise<typeof import("../../web/engine/review")> {
  return import(/* webpackChunkName: "review-engine" */ "../../web/engine/review");
}

async function bytesOf(file: PickedFile): Promise<{ name: string; bytes: Uint8Array }> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}

/**
 * 审查: the reviewer's files and quota table, the review run over them, and its three sheets
 * added to the open workbook. Its own small store beside the pane's controller: it shares nothing
 * with the clerk's form but the adapter and the language. Files are read one after another with a
 * pause between them (in the engine), so the pane paints "file k of n" and stays usable.
 */
export class ReviewFlow {
  private state: ReviewState = INITIAL;
  /** The review that waits for a password, written as it is if the reviewer goes on without one. */
  private waiting: BatchReview | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly adapter: WorkbookAdapter,
    private readonly lang: () => Lang,
    private readonly today: () => Date,
  ) {}

  readonly getState = (): ReviewState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(change: Partial<ReviewState>): void {
    this.state = { ...this.state, ...change };
    for (const l of this.listeners) l();
  }

  get running(): boolean {
    return this.state.progress !== undefined || this.state.writing;
  }

  /** A new batch or quota table: what was found (or waits for a password) belongs to the old one. */
  private change(change: Partial<ReviewState>): void {
    this.waiting = undefined;
    this.set({ ...change, outcome: undefined, error: undefined, locked: undefined });
  }

  /** Adds picked files; a file picked twice (same name) is kept once, the later pick replacing it. */
  addFiles(files: readonly PickedFile[]): void {
    const names = new Set(files.map((f) => f.name));
    this.change({ files: [...this.state.files.filter((f) => !names.has(f.name)), ...files] });
  }

  clearFiles(): void {
    this.change({ files: [] });
  }

  setQuota(file: PickedFile | undefined): void {
    this.change({ quota: file });
  }

  /**
   * Reads and checks every file, then adds the three sheets; a failure is the area's error, never a
   * lost click. `password` opens the batch's encrypted files: it goes to the reader and is not kept.
   * When some stay locked, nothing is written yet: the pane asks for the password first.
   */
  async run(password?: string): Promise<void> {
    if (this.running || this.state.files.length === 0) return;
    const lang = this.lang();
    const files = this.state.files;
    this.change({ progress: { done: 0, total: files.length, name: "" } });
    try {
      const engine = await loadEngine();
      const quotaTable = this.state.quota === undefined ? undefined : await engine.readQuotaTable(await bytesOf(this.state.quota), lang);
      const dropped = [];
      for (const file of files) dropped.push(await bytesOf(file));
      const reviewed = await engine.reviewDroppedFiles(
        dropped,
        { ...(quotaTable === undefined ? {} : { quotaTable }), ...(password === undefined ? {} : { password }), lang, today: this.today() },
        (done, total, name) => this.set({ progress: { done, total, name } }),
      );
      if (reviewed.locked.length > 0) {
        this.set({ progress: undefined, locked: { files: reviewed.locked.length, wrongPassword: password !== undefined } });
        this.waiting = reviewed;
        return;
      }
      await this.write(reviewed);
    } catch (error) {
      this.set({ error: messageOf(error) });
    } finally {
      this.set({ progress: undefined, writing: false });
    }
  }

  /** Adds the review that waited for a password as it is: its encrypted files are rows saying they were not read. */
  async goOnLocked(): Promise<void> {
    const reviewed = this.waiting;
    if (this.running || reviewed === undefined) return;
    this.waiting = undefined;
    this.set({ locked: undefined });
    try {
      await this.write(reviewed);
    } catch (error) {
      this.set({ error: messageOf(error) });
    } finally {
      this.set({ writing: false });
    }
  }

  private async write({ report, review }: BatchReview): Promise<void> {
    this.set({ progress: undefined, writing: true, locked: undefined });
    const sheets = await this.adapter.addReviewSheets(review.sheets);
    this.set({
      outcome: {
        sheets,
        files: report.files.length,
        unreadable: report.files.filter((f) => f.status === "unreadable").length,
        withErrors: report.files.filter((f) => f.status === "invalid").length,
        enterprises: review.sheets[2].rows.length,
        recommendedTwice: review.sheets[2].marked.length,
      },
    });
  }

  /** Shows an added sheet. */
  async show(sheet: string): Promise<void> {
    try {
      await this.adapter.selectCell(sheet, "A1");
    } catch (error) {
      this.set({ error: messageOf(error) });
    }
  }
}
