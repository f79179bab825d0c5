import * as z from "zod/mini";
import "../text/zodLocale";
import { ISSUE_CODES } from "../issues/registry";

/** A cell value as JSON carries it: dates become ISO text (as the seal writes them), errors stay objects. */
export const JsonCellSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.object({ error: z.string() })]);
export type JsonCell = z.infer<typeof JsonCellSchema>;

/** An issue (docs/domain/rules.md#what-an-issue-carries) with its message rendered; cross-file issues also name the file they point into. */
export const ReportIssueSchema = z.object({
  code: z.enum(ISSUE_CODES),
  severity: z.enum(["error", "warning"]),
  sheet: z.string(),
  cell: z.optional(z.string()),
  row: z.optional(z.int().check(z.positive())),
  column: z.optional(z.string()),
  value: z.optional(JsonCellSchema),
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
  fix: z.optional(JsonCellSchema),
  message: z.string(),
  path: z.optional(z.string()),
  /** A warning the unit confirmed when it sealed: who sealed and when (ISO 8601), as the seal record says. */
  confirmed: z.optional(z.object({ by: z.string(), at: z.string() })),
});
export type ReportIssue = z.infer<typeof ReportIssueSchema>;

export const ReportQuotaSchema = z.object({
  kind: z.enum(["total", "city", "section", "division", "earlier-benchmarks"]),
  key: z.optional(z.string()),
  label: z.string(),
  labelEn: z.string(),
  limit: z.int().check(z.nonnegative()),
  used: z.int().check(z.nonnegative()),
});
export type ReportQuota = z.infer<typeof ReportQuotaSchema>;

export const FileStatusSchema = z.enum(["ok", "invalid", "unreadable"]);
export type FileStatus = z.infer<typeof FileStatusSchema>;
export const SealStateSchema = z.enum(["none", "valid", "broken"]);
export type SealState = z.infer<typeof SealStateSchema>;

export const FileReportSchema = z.object({
  path: z.string(),
  status: FileStatusSchema,
  /** The format the file was read as (sniffed from its content): `xlsx`, `csv`, … */
  format: z.optional(z.string()),
  sheet: z.optional(z.string()),
  unit: z.optional(z.string()),
  region: z.optional(z.string()),
  year: z.optional(z.int()),
  rowCount: z.int().check(z.nonnegative()),
  seal: SealStateSchema,
  /** Who sealed the form and when (ISO 8601), as the seal record says; present whenever a record is. */
  sealedBy: z.optional(z.string()),
  sealedAt: z.optional(z.string()),
  /** The seal code printed on the paper (docs/seal.md#the-seal-code-封存码), when the record carries one. */
  sealCode: z.optional(z.string()),
  quota: z.optional(z.array(ReportQuotaSchema)),
  /**
   * Cells the reader left out of a sheet, lying far right of its table (a stray value in column
   * XFD on every row): how many, and the first of them. Present only when some were.
   */
  leftOut: z.optional(z.array(z.object({ sheet: z.string(), count: z.int().check(z.positive()), first: z.string() }))),
  issues: z.array(ReportIssueSchema),
});
export type FileReport = z.infer<typeof FileReportSchema>;

export const ReportSummarySchema = z.object({
  files: z.int().check(z.nonnegative()),
  ok: z.int().check(z.nonnegative()),
  invalid: z.int().check(z.nonnegative()),
  unreadable: z.int().check(z.nonnegative()),
  errors: z.int().check(z.nonnegative()),
  warnings: z.int().check(z.nonnegative()),
  rows: z.int().check(z.nonnegative()),
  byCode: z.partialRecord(z.enum(ISSUE_CODES), z.int().check(z.positive())),
});
export type ReportSummary = z.infer<typeof ReportSummarySchema>;

/** The command line's `--json` output (docs/domain/reports.md#the-json-report). */
export const BatchReportSchema = z.object({
  tool: z.object({ name: z.literal("qbench"), version: z.string() }),
  lang: z.enum(["zh", "en"]),
  files: z.array(FileReportSchema),
  crossFile: z.array(ReportIssueSchema),
  summary: ReportSummarySchema,
});
export type BatchReport = z.infer<typeof BatchReportSchema>;

/** The same contract as JSON Schema (draft 2020-12), for users who validate `--json` output elsewhere. */
export function batchReportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(BatchReportSchema);
}
