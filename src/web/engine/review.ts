import { XLSX_MIME_TYPE } from "../../core/workbook";
import type { Lang } from "../../core/issues/lang";
import { parseQuotaTableJson, quotaTableFromGrid, type QuotaTable } from "../../core/quota";
import type { BatchFile, BatchReport } from "../../core/report";
import { reviewWorkbook, type ReviewWorkbook } from "../../core/review";
import { checkBatch, loadedFromGrids, unreadableReason, type LoadedFile } from "../../core/analysis";
import { Unreadable, unreadableFile } from "../../xlsx/unreadable";
import { writeReviewWorkbook } from "../../xlsx/writeReport";
import { readWorkbookBytes } from "../../xlsx/readBytes";
import { reviewStopped } from "./stopped";
import { TOOL_VERSION } from "./version";

export interface DroppedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface BatchReview {
  readonly report: BatchReport;
  readonly files: readonly BatchFile[];
  readonly review: ReviewWorkbook;
  /** The encrypted files that did not open: no password was given, or it was wrong for them. */
  readonly locked: readonly string[];
}

/** What the page shows of a review: the report, its three sheets and the files still locked (the forms stay where they were read). */
export type ReviewResult = Pick<BatchReview, "report" | "review" | "locked">;

/** Lets the page paint between files, so that progress shows and the page stays usable. */
const breathe = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Reads a quota table: JSON, or a workbook whose first filled sheet is `推荐单位 | 名额`. */
export async function readQuotaTable(file: DroppedFile, lang: Lang): Promise<QuotaTable> {
  let result;
  if (file.name.toLowerCase().endsWith(".json")) {
    result = parseQuotaTableJson(JSON.parse(new TextDecoder().decode(file.bytes)) as unknown);
  } else {
    try {
      const { grids } = await readWorkbookBytes(file.bytes, file.name);
      result = quotaTableFromGrid(grids.find((g) => g.values.length > 0) ?? grids[0]!);
    } catch (e) {
      if (e instanceof Unreadable) throw new Error(lang === "zh" ? e.reasonZh : e.reasonEn);
      throw e;
    }
  }
  if ("error" in result) throw new Error(result.error);
  return result;
}

/** What a review is asked for: the quota table as read, or its file to read first (JSON or a workbook). */
export interface ReviewOptions {
  readonly quotaTable?: QuotaTable;
  readonly quotaFile?: DroppedFile;
  readonly lang: Lang;
  readonly today: Date;
  /** The open password of the batch's encrypted workbooks, as `qbench check --password`: it reaches the decryptor only. */
  readonly password?: string;
  /** Stops the review before the next file (the reviewer cancelled, or started another). */
  readonly signal?: AbortSignal;
}

/**
 * What `qbench check` does, in the page or its worker: every dropped file read (a bad one is one
 * `unreadable` entry and the rest goes on), checked, then the cross-file checks and the review workbook.
 */
export async function reviewDroppedFiles(
  dropped: readonly DroppedFile[],
  options: ReviewOptions,
  onProgress: (done: number, total: number, name: string) => void,
): Promise<BatchReview> {
  const quotaTable = options.quotaFile === undefined ? options.quotaTable : await readQuotaTable(options.quotaFile, options.lang);
  const loaded: LoadedFile[] = [];
  const locked: string[] = [];
  for (const [i, file] of dropped.entries()) {
    onProgress(i, dropped.length, file.name);
    await breathe();
    if (options.signal?.aborted) throw reviewStopped();
    try {
      loaded.push(await loadedFromGrids(file.name, await readWorkbookBytes(file.bytes, file.name, {}, options.password)));
    } catch (e) {
      if (e instanceof Unreadable && e.kind === "encrypted") locked.push(file.name);
      loaded.push(unreadableFile(file.name, e));
    }
  }
  onProgress(dropped.length, dropped.length, "");
  const { report, files } = checkBatch(loaded, {
    ...(quotaTable ? { quotaTable } : {}),
    today: options.today,
    lang: options.lang,
    toolVersion: TOOL_VERSION,
  });
  return { report, files, review: reviewWorkbook(report, files, options.lang), locked };
}

export { unreadableReason };

export async function reviewWorkbookBlob(review: ReviewWorkbook): Promise<Blob> {
  const buffer = await writeReviewWorkbook(review).xlsx.writeBuffer();
  return new Blob([buffer], { type: XLSX_MIME_TYPE });
}
