import { z } from "zod";
import { ISSUE_CODES } from "../issues/registry";

/** A cell value as JSON carries it: dates become ISO text (as the seal writes them), errors stay objects. */
export const JsonCellSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.object({ error: z.string() })]);
export type JsonCell = z.infer<typeof JsonCellSchema>;

/** An issue (docs/domain/rules.md#what-an-issue-carries) with its message rendered; cross-file issues also name the file they point into. */
export const ReportIssueSchema = z.object({
  code: z.enum(ISSUE_CODES),
  severity: z.enum(["error", "warning"]),
  sheet: z.string(),
  cell: z.string().optional(),
  row: z.number().int().positive().optional(),
  column: z.string().optional(),
  value: JsonCellSchema.optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  fix: JsonCellSchema.optional(),
  message: z.string(),
  path: z.string().optional(),
  /** A warning the unit confirmed when it sealed: who sealed and when (ISO 8601), as the seal record says. */
  confirmed: z.object({ by: z.string(), at: z.string() }).optional(),
});
export type ReportIssue = z.infer<typeof ReportIssueSchema>;

export const ReportQuotaSchema = z.object({
  kind: z.enum(["total", "city", "section", "division", "earlier-benchmarks"]),
  key: z.string().optional(),
  label: z.string(),
  labelEn: z.string(),
  limit: z.number().int().nonnegative(),
  used: z.number().int().nonnegative(),
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
  format: z.string().optional(),
  sheet: z.string().optional(),
  unit: z.string().optional(),
  region: z.string().optional(),
  year: z.number().int().optional(),
  rowCount: z.number().int().nonnegative(),
  seal: SealStateSchema,
  /** Who sealed the form and when (ISO 8601), as the seal record says; present whenever a record is. */
  sealedBy: z.string().optional(),
  sealedAt: z.string().optional(),
  /** The seal code printed on the paper (docs/seal.md#the-seal-code-封存码), when the record carries one. */
  sealCode: z.string().optional(),
  quota: z.array(ReportQuotaSchema).optional(),
  /**
   * Cells the reader left out of a sheet, lying far right of its table (a stray value in column
   * XFD on every row): how many, and the first of them. Present only when some were.
   */
  leftOut: z.array(z.object({ sheet: z.string(), count: z.number().int().positive(), first: z.string() })).optional(),
  issues: z.array(ReportIssueSchema),
});
export type FileReport = z.infer<typeof FileReportSchema>;

export const ReportSummarySchema = z.object({
  files: z.number().int().nonnegative(),
  ok: z.number().int().nonnegative(),
  invalid: z.number().int().nonnegative(),
  unreadable: z.number().int().nonnegative(),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  rows: z.number().int().nonnegative(),
  byCode: z.partialRecord(z.enum(ISSUE_CODES), z.number().int().positive()),
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
