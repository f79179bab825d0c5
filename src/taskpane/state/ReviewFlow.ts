import type { Lang } from "../../core/issues/lang";
import type { WorkbookAdapter } from "../../core/workbook";

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
}

const INITIAL: ReviewState = { files: [], quota: undefined, progress: undefined, writing: false, outcome: undefined, error: undefined };

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

  /** Adds picked files; a file picked twice (same name) is kept once, the later pick replacing it. */
  addFiles(files: readonly PickedFile[]): void {
    const names = new Set(files.map((f) => f.name));
    this.set({ files: [...this.state.files.filter((f) => !names.has(f.name)), ...files], outcome: undefined, error: undefined });
  }

  clearFiles(): void {
    this.set({ files: [], outcome: undefined, error: undefined });
  }

  setQuota(file: PickedFile | undefined): void {
    this.set({ quota: file, outcome: undefined, error: undefined });
  }

  /** Reads and checks every file, then adds the three sheets; a failure is the area's error, never a lost click. */
  async run(): Promise<void> {
    if (this.running || this.state.files.length === 0) return;
    const lang = this.lang();
    const files = this.state.files;
    this.set({ progress: { done: 0, total: files.length, name: "" }, outcome: undefined, error: undefined });
    try {
      const engine = await loadEngine();
      const quotaTable = this.state.quota === undefined ? undefined : await engine.readQuotaTable(await bytesOf(this.state.quota), lang);
      const dropped = [];
      for (const file of files) dropped.push(await bytesOf(file));
      const { report, review } = await engine.reviewDroppedFiles(
        dropped,
        { ...(quotaTable === undefined ? {} : { quotaTable }), lang, today: this.today() },
        (done, total, name) => this.set({ progress: { done, total, name } }),
      );
      this.set({ progress: undefined, writing: true });
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
    } catch (error) {
      this.set({ error: messageOf(error) });
    } finally {
      this.set({ progress: undefined, writing: false });
    }
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
