import { validateForm } from "../core/checks/validate";
import type { FormSheet } from "../core/form/formSheet";
import { formSpec } from "../core/form/formSpec";
import type { Issue } from "../core/issues/issue";
import type { Lang } from "../core/issues/messages";
import { evaluateQuota, quotaForUnit, type QuotaTable, type QuotaUsage } from "../core/quota";
import type { QuotaSet } from "../core/quota/quotaSet";
import { readForm } from "../core/reader";
import { NATIONAL, REFERENCE, regionOfUnit, type Region } from "../core/reference";
import { buildFileReport, formUnit, unreadableFileReport, type BatchFile, type FileReport, type SealState } from "../core/report";
import { verifySeal } from "../core/seal";
import { decodeStore, type WorkbookStore } from "../core/storage";
import { readWorkbook } from "../xlsx/readGrids";
import type { FileKind } from "../xlsx/sniff";
import { storeRowsOf } from "../xlsx/store";
import { Unreadable } from "../xlsx/unreadable";

/** One file after reading: its form (grids are dropped at once, so a batch holds only forms). */
export type LoadedFile =
  | { readonly kind: "unreadable"; readonly path: string; readonly error: Unreadable }
  | {
      readonly kind: "read";
      readonly path: string;
      readonly form?: FormSheet;
      readonly format: FileKind;
      readonly readerIssues: readonly Issue[];
      readonly store: WorkbookStore;
      /** The first sheet's name, for issues about a workbook without a form. */
      readonly firstSheet: string;
    };

export async function loadFile(path: string): Promise<LoadedFile> {
  try {
    const { grids, format } = await readWorkbook(path);
    // The reader's column set does not depend on the year; the year only matters to the checks.
    const { form, issues } = readForm(grids, formSpec(2000));
    const { store } = decodeStore(storeRowsOf(grids));
    return { kind: "read", path, format, ...(form ? { form } : {}), readerIssues: issues, store, firstSheet: grids[0]?.sheet ?? "" };
  } catch (e) {
    if (e instanceof Unreadable) return { kind: "unreadable", path, error: e };
    const detail = e instanceof Error ? e.message : String(e);
    return { kind: "unreadable", path, error: new Unreadable("corrupt", `读取时出错（${detail}）`, `reading failed (${detail})`) };
  }
}

/** The format read, as the review's 单位汇总 names it. */
const FORMAT_LABEL: Readonly<Record<FileKind, string>> = { ooxml: "xlsx", csv: "csv" };

/** An unreadable file's reason in the report's language, with the other language beside it. */
export function unreadableReason(error: Unreadable, lang: Lang): string {
  return lang === "zh" ? `${error.reasonZh}（${error.reasonEn}）` : `${error.reasonEn} (${error.reasonZh})`;
}

/**
 * The year the batch is checked against when `--year` is not given: the year most titles name
 * (a campaign's files share one), else the current calendar year. A lone form with another year
 * in its title is then flagged by `title-year-mismatch`.
 */
export function batchYear(files: readonly LoadedFile[], now: Date): number {
  const counts = new Map<number, number>();
  for (const f of files) {
    if (f.kind === "read" && f.form?.titleYear !== undefined) counts.set(f.form.titleYear, (counts.get(f.form.titleYear) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [year, n] of counts) {
    if (best === undefined || n > counts.get(best)! || (n === counts.get(best)! && year > best)) best = year;
  }
  return best ?? now.getFullYear();
}

export interface AnalyzeOptions {
  readonly year: number;
  /** Forces one region for every file; otherwise each file's 推荐单位 decides. */
  readonly region?: Region;
  readonly quotaTable?: QuotaTable;
  readonly requireSeal: boolean;
  readonly today: Date;
  readonly lang: Lang;
}

export interface Analysis {
  readonly report: FileReport;
  readonly form?: FormSheet;
  readonly region?: Region;
  readonly issues: readonly Issue[];
  readonly quota: readonly QuotaUsage[];
  readonly seal: SealState;
  /** The file as cross-file checks and the consolidated list see it. */
  readonly batchFile?: BatchFile;
}

function quotaFor(
  file: Extract<LoadedFile, { kind: "read" }>,
  unit: string | undefined,
  options: AnalyzeOptions,
): { quota?: QuotaSet; issues: Issue[] } {
  if (options.quotaTable === undefined) return file.store.quota ? { quota: file.store.quota, issues: [] } : { issues: [] };
  const quota = unit === undefined ? undefined : quotaForUnit(options.quotaTable, unit);
  if (quota !== undefined) return { quota, issues: [] };
  const unitCell = file.form?.header.unit?.cell;
  return {
    issues: [
      {
        code: "quota-unit-unknown",
        severity: "warning",
        sheet: file.form?.sheet ?? file.firstSheet,
        ...(unitCell ? { cell: unitCell } : {}),
        value: unit ?? "",
      },
    ],
  };
}

/** Every check of SPEC §4 that concerns one file: reader, rules, quota, seal. */
export async function analyzeFile(file: LoadedFile, options: AnalyzeOptions): Promise<Analysis> {
  if (file.kind === "unreadable") {
    return {
      report: unreadableFileReport(file.path, unreadableReason(file.error, options.lang), options.lang),
      issues: [],
      quota: [],
      seal: "none",
    };
  }
  const form = file.form;
  const unit = formUnit(form);
  const region = options.region ?? (unit === undefined ? undefined : regionOfUnit(unit)) ?? NATIONAL;
  const issues: Issue[] = [...file.readerIssues];
  let quota: readonly QuotaUsage[] = [];
  let seal: SealState = "none";
  if (form !== undefined) {
    issues.push(...validateForm(form, { spec: formSpec(options.year, form.moneyUnit), region, today: options.today }));
    const q = quotaFor(file, unit, options);
    issues.push(...q.issues);
    if (q.quota !== undefined) {
      const evaluation = evaluateQuota(form, q.quota, region, REFERENCE);
      quota = evaluation.usage;
      issues.push(...evaluation.issues);
    }
  }
  if (file.store.seal !== undefined) {
    const verification = await verifySeal(form, file.store.seal);
    seal = verification.state;
    issues.push(...verification.issues);
  } else {
    issues.push({ code: "seal-missing", severity: options.requireSeal ? "error" : "warning", sheet: form?.sheet ?? file.firstSheet });
  }
  const report = buildFileReport(
    {
      path: file.path,
      format: FORMAT_LABEL[file.format],
      ...(form ? { form } : {}),
      issues,
      region,
      year: options.year,
      seal,
      ...(file.store.seal ? { sealRecord: file.store.seal } : {}),
      quota,
    },
    options.lang,
  );
  return {
    report,
    ...(form ? { form, batchFile: { path: file.path, unit: unit ?? "", form } } : {}),
    region,
    issues,
    quota,
    seal,
  };
}
