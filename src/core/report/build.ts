import type { FormSheet } from "../form/formSheet";
import { cellText, type CellValue } from "../grid/cell";
import type { IssueCode } from "../issues/registry";
import type { Issue } from "../issues/issue";
import type { Lang } from "../issues/lang";
import { renderMessage } from "../issues/render";
import type { QuotaUsage } from "../quota/evaluate";
import type { Region } from "../reference/region";
import { canonicalDate, canonicalNumber } from "../seal/canonical";
import { isConfirmedWarning } from "../seal/confirmed";
import type { ConfirmedWarning } from "../seal/record";
import { tidyText } from "../text/normalize";
import type { BatchReport, FileReport, FileStatus, JsonCell, ReportIssue, ReportSummary, SealState } from "./schema";

export type LeftOut = NonNullable<FileReport["leftOut"]>[number];

/** An issue that points into one file of a batch (cross-file findings). */
export type FileIssue = Issue & { readonly path: string };

export function toJsonCell(value: CellValue): JsonCell {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : canonicalNumber(value);
  if (value instanceof Date) return canonicalDate(value);
  return { error: value.error };
}

export function toReportIssue(issue: Issue | FileIssue, lang: Lang, confirmed?: { readonly by: string; readonly at: string }): ReportIssue {
  return {
    code: issue.code,
    severity: issue.severity,
    sheet: issue.sheet,
    ...(issue.cell === undefined ? {} : { cell: issue.cell }),
    ...(issue.row === undefined ? {} : { row: issue.row }),
    ...(issue.column === undefined ? {} : { column: issue.column }),
    ...(issue.value === undefined ? {} : { value: toJsonCell(issue.value) }),
    ...(issue.params === undefined ? {} : { params: { ...issue.params } }),
    ...(issue.fix === undefined ? {} : { fix: toJsonCell(issue.fix) }),
    message: renderMessage(issue, lang),
    ...("path" in issue ? { path: issue.path } : {}),
    ...(confirmed === undefined ? {} : { confirmed: { by: confirmed.by, at: confirmed.at } }),
  };
}

export interface FileReportInput {
  readonly path: string;
  /** The form found in the file; absent when none was (sheet-not-found) or the file is unreadable. */
  readonly form?: FormSheet;
  /** Every issue of the file: reader, checks, quota, seal. */
  readonly issues: readonly Issue[];
  readonly region?: Region;
  readonly year?: number;
  readonly seal?: SealState;
  /** The seal record's who, when and code, for the review's 单位汇总. */
  readonly sealRecord?: {
    readonly sealedBy: string;
    readonly sealedAt: string;
    readonly sealCode?: string;
    /** The warnings the unit confirmed at sealing: each report marks them with who and when. */
    readonly confirmedWarnings?: readonly ConfirmedWarning[];
  };
  readonly format?: string;
  readonly quota?: readonly QuotaUsage[];
  /** Cells far right of a sheet's table that the reader did not read (see `FileReport.leftOut`). */
  readonly leftOut?: readonly LeftOut[];
  /** Defaults to the form's 推荐单位, tidied. */
  readonly unit?: string;
}

function fileStatus(issues: readonly Issue[]): FileStatus {
  if (issues.some((i) => i.code === "unreadable")) return "unreadable";
  return issues.some((i) => i.severity === "error") ? "invalid" : "ok";
}

export function formUnit(form: FormSheet | undefined): string | undefined {
  const value = form?.header.unit?.value;
  if (value === undefined || value === null) return undefined;
  const text = tidyText(cellText(value));
  return text === "" ? undefined : text;
}

export function buildFileReport(input: FileReportInput, lang: Lang): FileReport {
  const unit = input.unit ?? formUnit(input.form);
  return {
    path: input.path,
    status: fileStatus(input.issues),
    ...(input.format === undefined ? {} : { format: input.format }),
    ...(input.form === undefined ? {} : { sheet: input.form.sheet }),
    ...(unit === undefined ? {} : { unit }),
    ...(input.region === undefined ? {} : { region: input.region.name }),
    ...(input.year === undefined ? {} : { year: input.year }),
    rowCount: input.form?.rows.length ?? 0,
    seal: input.seal ?? "none",
    ...(input.sealRecord === undefined
      ? {}
      : {
          sealedBy: input.sealRecord.sealedBy,
          sealedAt: input.sealRecord.sealedAt,
          ...(input.sealRecord.sealCode === undefined ? {} : { sealCode: input.sealRecord.sealCode }),
        }),
    ...(input.quota === undefined
      ? {}
      : {
          quota: input.quota.map((q) => ({
            kind: q.kind,
            ...(q.key === undefined ? {} : { key: q.key }),
            label: q.label,
            labelEn: q.labelEn,
            limit: q.limit,
            used: q.used,
          })),
        }),
    ...(input.leftOut === undefined || input.leftOut.length === 0 ? {} : { leftOut: input.leftOut.map((l) => ({ ...l })) }),
    issues: input.issues.map((i) => toReportIssue(i, lang, confirmationOf(i, input.sealRecord))),
  };
}

function confirmationOf(issue: Issue, record: FileReportInput["sealRecord"]): { by: string; at: string } | undefined {
  if (record === undefined || !isConfirmedWarning(issue, record.confirmedWarnings ?? [])) return undefined;
  return { by: record.sealedBy, at: record.sealedAt };
}

/** A file that could not be read at all (docs/domain/bad-input.md#unreadable-files): one `unreadable` entry, and the batch goes on. */
export function unreadableFileReport(path: string, reason: string, lang: Lang): FileReport {
  const issue: Issue = { code: "unreadable", severity: "error", sheet: "", params: { reason } };
  return buildFileReport({ path, issues: [issue] }, lang);
}

function summarise(files: readonly FileReport[], crossFile: readonly ReportIssue[]): ReportSummary {
  const all = [...files.flatMap((f) => f.issues), ...crossFile];
  const byCode: Partial<Record<IssueCode, number>> = {};
  for (const i of all) byCode[i.code] = (byCode[i.code] ?? 0) + 1;
  return {
    files: files.length,
    ok: files.filter((f) => f.status === "ok").length,
    invalid: files.filter((f) => f.status === "invalid").length,
    unreadable: files.filter((f) => f.status === "unreadable").length,
    errors: all.filter((i) => i.severity === "error").length,
    warnings: all.filter((i) => i.severity === "warning").length,
    rows: files.reduce((n, f) => n + f.rowCount, 0),
    byCode,
  };
}

export function buildBatchReport(
  files: readonly FileReport[],
  crossFileIssues: ReadonlyArray<Issue | FileIssue>,
  lang: Lang,
  toolVersion: string,
): BatchReport {
  const crossFile = crossFileIssues.map((i) => toReportIssue(i, lang));
  // docs/domain/reports.md#file-status: a file is invalid when it carries any error, a cross-file one included.
  const blamed = new Set(crossFileIssues.flatMap((i) => (i.severity === "error" && "path" in i ? [i.path] : [])));
  const judged = files.map((f) => (f.status === "ok" && blamed.has(f.path) ? { ...f, status: "invalid" as const } : f));
  return {
    tool: { name: "qbench", version: toolVersion },
    lang,
    files: judged,
    crossFile,
    summary: summarise(judged, crossFile),
  };
}

/** docs/domain/reports.md#exit-status: 2 when an input could not be read, 1 when the data has errors, else 0. Bad usage is the CLI's. */
export function exitStatus(report: BatchReport): 0 | 1 | 2 {
  if (report.summary.unreadable > 0) return 2;
  return report.summary.errors > 0 ? 1 : 0;
}
