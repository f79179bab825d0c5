import type { Grid } from "../grid/grid";
import type { Lang } from "../issues/lang";
import type { QuotaTable } from "../quota";
import type { Region } from "../reference";
import {
  buildBatchReport,
  buildFileReport,
  findRecommendedTwice,
  type LeftOut,
  unreadableFileReport,
  type BatchFile,
  type BatchReport,
  type FileReport,
} from "../report";
import { sealCodeOf } from "../seal";
import { decodeStore } from "../storage";
import { storeRowsOf, type FileKind } from "../workbook";
import { ownYear, judgeWorkbook, type WorkbookAnalysis } from "./analyseWorkbook";
import { inspectWorkbook, type InspectOptions, type WorkbookInspection } from "./inspectWorkbook";

/** Why a file could not be read, in both languages (the readers' `Unreadable`). */
export interface UnreadableReason {
  readonly reasonZh: string;
  readonly reasonEn: string;
}

/**
 * One file after reading: its inspection (grids are dropped at once, so a batch holds only forms).
 * The batch is judged here, in the core, so that the web page and the task pane check a batch with
 * the very code `qbench check` runs; each front reads the files its own way.
 */
export type LoadedFile =
  | { readonly kind: "unreadable"; readonly path: string; readonly error: UnreadableReason }
  | ({
      readonly kind: "read";
      readonly path: string;
      readonly format: FileKind;
      readonly leftOut: readonly LeftOut[];
    } & WorkbookInspection);

/** A read workbook's inspection as a batch keeps it. */
export async function loadedFromGrids(
  path: string,
  { grids, format, leftOut }: { readonly grids: readonly Grid[]; readonly format: FileKind; readonly leftOut: readonly LeftOut[] },
  options: InspectOptions = {},
): Promise<LoadedFile> {
  const { store, damaged } = decodeStore(storeRowsOf(grids));
  return {
    kind: "read",
    path,
    format,
    leftOut,
    ...(await inspectWorkbook(grids, store, { ...options, sealRecordDamaged: damaged.includes("seal") })),
  };
}

/** The format read, as the review's 单位汇总 names it. */
const FORMAT_LABEL: Readonly<Record<FileKind, string>> = {
  ooxml: "xlsx",
  csv: "csv",
  xls: "xls (Excel 97-2003 / WPS et)",
  xlsb: "xlsb",
  ods: "ods",
  fods: "fods",
  html: "html",
};

/** An unreadable file's reason in the report's language, with the other language beside it. */
export function unreadableReason(error: UnreadableReason, lang: Lang): string {
  return lang === "zh" ? `${error.reasonZh}（${error.reasonEn}）` : `${error.reasonEn} (${error.reasonZh})`;
}

/**
 * The year the batch is checked against when `--year` is not given: the year most files speak for
 * (their stored year, else their title's; a campaign's files share one), else the current calendar
 * year. A lone form of another year is then flagged by `title-year-mismatch`.
 */
export function batchYear(files: readonly LoadedFile[], now: Date): number {
  const counts = new Map<number, number>();
  for (const f of files) {
    const year = f.kind === "read" ? ownYear(f) : undefined;
    if (year !== undefined) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [year, n] of counts) {
    const bestCount = best === undefined ? 0 : (counts.get(best) ?? 0);
    if (best === undefined || n > bestCount || (n === bestCount && year > best)) best = year;
  }
  return best ?? now.getFullYear();
}

export interface AnalyzeOptions {
  readonly year: number;
  /** Forces one region for every file; otherwise each file's store or 推荐单位 decides. */
  readonly region?: Region;
  readonly quotaTable?: QuotaTable;
  readonly today: Date;
  readonly lang: Lang;
}

export interface FileAnalysis {
  readonly report: FileReport;
  readonly analysis?: WorkbookAnalysis;
  /** The file as cross-file checks and the consolidated list see it. */
  readonly batchFile?: BatchFile;
}

/** One file of a batch judged against the batch's year, as its report entry. */
export function analyzeFile(file: LoadedFile, options: AnalyzeOptions): FileAnalysis {
  if (file.kind === "unreadable") {
    return { report: unreadableFileReport(file.path, unreadableReason(file.error, options.lang), options.lang) };
  }
  const analysis = judgeWorkbook(file, {
    today: options.today,
    fallbackYear: options.year,
    year: options.year,
    ...(options.region === undefined ? {} : { region: options.region }),
    ...(options.quotaTable === undefined ? {} : { quotaTable: options.quotaTable }),
  });
  const { form } = analysis;
  const report = buildFileReport(
    {
      path: file.path,
      format: FORMAT_LABEL[file.format],
      leftOut: file.leftOut,
      ...(form === undefined ? {} : { form }),
      issues: analysis.issues,
      region: analysis.region,
      year: analysis.year,
      seal: analysis.seal.state,
      ...(file.store.seal === undefined
        ? {}
        : {
            sealRecord: {
              sealedBy: file.store.seal.sealedBy,
              sealedAt: file.store.seal.sealedAt,
              sealCode: sealCodeOf(file.store.seal.digest),
              confirmedWarnings: file.store.seal.confirmedWarnings,
            },
          }),
      quota: analysis.quota?.usage ?? [],
    },
    options.lang,
  );
  return { report, analysis, ...(form === undefined ? {} : { batchFile: { path: file.path, unit: analysis.unit ?? "", form } }) };
}

export interface BatchOptions extends Omit<AnalyzeOptions, "year"> {
  /** The year every file is checked against; else the one most files speak for (`batchYear`). */
  readonly year?: number;
  readonly toolVersion: string;
}

/** `qbench check` after reading: every file judged, then the cross-file checks, as one report. */
export function checkBatch(loaded: readonly LoadedFile[], options: BatchOptions): { report: BatchReport; files: BatchFile[] } {
  const { toolVersion, ...rest } = options;
  const year = options.year ?? batchYear(loaded, options.today);
  const analyses = loaded.map((file) => analyzeFile(file, { ...rest, year }));
  const files = analyses.flatMap((a) => (a.batchFile ? [a.batchFile] : []));
  const report = buildBatchReport(
    analyses.map((a) => a.report),
    findRecommendedTwice(files),
    options.lang,
    toolVersion,
  );
  return { report, files };
}
