import type { Lang } from "../../core/issues/lang";
import { quotaTableFromGrid, type QuotaTable } from "../../core/quota";
import type { WorkbookAdapter } from "../../core/workbook";
import { isReviewStopped } from "../../web/engine/stopped";
import type { ReviewRunners } from "../../web/reviewFiles";

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

/** Where the quota table comes from: a picked file (.xlsx or JSON), or a sheet of the open workbook. */
export type QuotaSource =
  { readonly kind: "file"; readonly file: PickedFile } | { readonly kind: "sheet"; readonly sheet: string; readonly units: number };

export interface ReviewState {
  readonly files: readonly PickedFile[];
  readonly quota: QuotaSource | undefined;
  /** The open workbook's sheets, once the reviewer asked to take the quota table from one. */
  readonly sheets: readonly string[] | undefined;
  /** Why the sheet the reviewer chose is not a quota table (or could not be read), shown beside the choice. */
  readonly quotaError: { readonly sheet: string; readonly message: string } | undefined;
  /** While files are read: how many are done, of how many, and which is being read. */
  readonly progress: { readonly done: number; readonly total: number; readonly name: string } | undefined;
  readonly writing: boolean;
  /** The reviewer stopped the last review before its sheets were written. */
  readonly stopped: boolean;
  readonly outcome: ReviewOutcome | undefined;
  readonly error: string | undefined;
}

const INITIAL: ReviewState = {
  files: [],
  quota: undefined,
  sheets: undefined,
  quotaError: undefined,
  progress: undefined,
  writing: false,
  stopped: false,
  outcome: undefined,
  error: undefined,
};

/**
 * The engine (the file readers with exceljs and the legacy reader, the checks, the review sheets):
 * its own chunk, fetched only where no review worker starts (see startReviewWorker), so the
 * clerk's pane never loads it. It is the web page's engine, so that the pane, the page and
 * `qbench check` review alike.
 */
function loadEngine(): Promise<typeof import("../../web/engine/review")> {
  return import(/* webpackChunkName: "review-engine" */ "../../web/engine/review");
}

/** The driver of the worker, in the chunk of the 审查 area (see App.tsx): the clerk's pane never loads it. */
function loadDriver(): Promise<typeof import("../../web/reviewFiles")> {
  return import(/* webpackChunkName: "review-tab" */ "../../web/reviewFiles");
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
 * with the clerk's form but the adapter and the language. The files are read in a Web Worker
 * (the web page's), so a large file never freezes the pane; where no worker starts, in the pane
 * with a pause between files.
 */
export class ReviewFlow {
  private state: ReviewState = INITIAL;
  private readonly listeners = new Set<() => void>();
  /** The review still reading its files: stopping it leaves the workbook as it was. */
  private reading: AbortController | undefined;
  private readonly runners: ReviewRunners;

  constructor(
    private readonly adapter: WorkbookAdapter,
    private readonly lang: () => Lang,
    private readonly today: () => Date,
    startWorker: () => Worker | undefined,
  ) {
    this.runners = { startWorker, engine: loadEngine };
  }

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
    this.set({
      quota: file === undefined ? undefined : { kind: "file", file },
      quotaError: undefined,
      outcome: undefined,
      error: undefined,
    });
  }

  /** Lists the open workbook's sheets, for the reviewer to choose the one holding the quota table. */
  async listSheets(): Promise<void> {
    try {
      this.set({ sheets: await this.adapter.sheetNames() });
    } catch (error) {
      this.set({ error: messageOf(error) });
    }
  }

  /**
   * Takes the quota table from a sheet of the open workbook: read at once through the reader the
   * quota file's sheet goes through (core quotaTableFromGrid), so that what is wrong with it shows
   * beside the choice; read again when the review runs, so that a table fixed meanwhile counts.
   */
  async chooseQuotaSheet(sheet: string): Promise<void> {
    try {
      const table = await this.quotaFromSheet(sheet);
      this.set({ quota: { kind: "sheet", sheet, units: table.units.length }, quotaError: undefined, outcome: undefined, error: undefined });
    } catch (error) {
      this.set({ quota: undefined, quotaError: { sheet, message: messageOf(error) }, outcome: undefined });
    }
  }

  private async quotaFromSheet(sheet: string): Promise<QuotaTable> {
    const result = quotaTableFromGrid(await this.adapter.readSheet(sheet));
    if ("error" in result) throw new Error(result.error);
    return result;
  }

  /**
   * Reads and checks every file, then adds the three sheets; a failure is the area's error, never a
   * lost click. Started while an earlier review still reads its files (the reviewer added a file
   * they forgot), it stops that one and reviews the files picked now; once the sheets are being
   * written, it waits for them.
   */
  async run(): Promise<void> {
    if (this.state.writing || this.state.files.length === 0) return;
    this.reading?.abort();
    const reading = new AbortController();
    this.reading = reading;
    const lang = this.lang();
    const files = this.state.files;
    const quota = this.state.quota;
    this.set({ progress: { done: 0, total: files.length, name: "" }, stopped: false, outcome: undefined, error: undefined });
    try {
      const dropped = await Promise.all(files.map(bytesOf));
      const quotaTable = quota?.kind === "sheet" ? await this.quotaFromSheet(quota.sheet) : undefined;
      const quotaFile = quota?.kind === "file" ? await bytesOf(quota.file) : undefined;
      const { reviewFiles } = await loadDriver();
      const { report, review } = await reviewFiles(
        dropped,
        {
          ...(quotaTable === undefined ? {} : { quotaTable }),
          ...(quotaFile === undefined ? {} : { quotaFile }),
          lang,
          today: this.today(),
          signal: reading.signal,
        },
        (done, total, name) => {
          if (!reading.signal.aborted) this.set({ progress: { done, total, name } });
        },
        this.runners,
      );
      if (reading.signal.aborted) return;
      this.reading = undefined;
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
      if (!reading.signal.aborted || !isReviewStopped(error)) this.set({ error: messageOf(error) });
    } finally {
      if (this.reading === reading) this.reading = undefined;
      if (!reading.signal.aborted) this.set({ progress: undefined, writing: false });
    }
  }

  /** Stops the review while it reads its files; nothing is added to the workbook. */
  stop(): void {
    if (this.reading === undefined) return;
    this.reading.abort();
    this.reading = undefined;
    this.set({ progress: undefined, stopped: true });
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
