import * as z from "zod/mini";
import "../text/zodLocale";
import type { FormSheet } from "../form/formSheet";
import type { CellValue } from "../grid/cell";
import { ISSUE_CODES } from "../issues/registry";
import type { Issue } from "../issues/issue";
import { canonicalValue, SEAL_VERSION_V1 } from "./canonical";
import { canonicalFormV2, contentSnapshot, printedSnapshot, SEAL_VERSION_V2, sealLayout, type SealContent } from "./canonicalV2";
import { sha256Hex } from "./digest";

export const QuotaUseSchema = z.object({
  label: z.string(),
  used: z.int().check(z.nonnegative()),
  limit: z.int().check(z.nonnegative()),
});
export type QuotaUse = z.infer<typeof QuotaUseSchema>;

/** A warning the clerk confirmed before sealing, as it stood then. */
export const ConfirmedWarningSchema = z.object({
  code: z.enum(ISSUE_CODES),
  cell: z.optional(z.string()),
  row: z.optional(z.int().check(z.positive())),
  value: z.optional(z.string()),
});
export type ConfirmedWarning = z.infer<typeof ConfirmedWarningSchema>;

/**
 * The seal as kept in the workbook (docs/seal.md#the-record). `snapshot` maps A1 addresses to canonical values:
 * the form's cells in version 1, every non-empty cell of the form sheet's used range in version 2.
 * `sheets` (version 2) names the workbook's sheets at sealing; `printed`, `hiddenRows`,
 * `hiddenColumns` and `printArea` (version 2) keep what the page printed beyond the values.
 */
export const SealRecordSchema = z.object({
  version: z.enum([SEAL_VERSION_V1, SEAL_VERSION_V2]),
  unit: z.string(),
  sealedBy: z.string(),
  sealedAt: z.iso.datetime({ offset: true }),
  year: z.int(),
  sheet: z.string(),
  /** The form sheet's worksheet id where the host has one, so that a renamed sheet still finds its seal. */
  sheetId: z.optional(z.string()),
  rowCount: z.int().check(z.nonnegative()),
  quotaUsed: z.array(QuotaUseSchema),
  confirmedWarnings: z.array(ConfirmedWarningSchema),
  toolVersion: z.string(),
  digest: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  snapshot: z.record(z.string(), z.string()),
  sheets: z.optional(z.array(z.string())),
  /** Version 2: the text each cell prints where it differs from its value, by A1 address. */
  printed: z.optional(z.record(z.string(), z.string())),
  /** Version 2: hidden rows and columns (letters) inside the used range, the print area or null. */
  hiddenRows: z.optional(z.array(z.int().check(z.positive()))),
  hiddenColumns: z.optional(z.array(z.string())),
  printArea: z.optional(z.nullable(z.string())),
});
export type SealRecord = z.infer<typeof SealRecordSchema>;

export interface SealInput {
  readonly unit: string;
  readonly sealedBy: string;
  readonly sealedAt: Date;
  readonly year: number;
  readonly quotaUsed: readonly QuotaUse[];
  readonly confirmedWarnings: readonly ConfirmedWarning[];
  readonly toolVersion: string;
}

/** The record of a warning as confirmed, with its value as the sheet showed it. */
export function toConfirmedWarning(issue: Issue): ConfirmedWarning {
  const value: CellValue | undefined = issue.value;
  return {
    code: issue.code,
    ...(issue.cell === undefined ? {} : { cell: issue.cell }),
    ...(issue.row === undefined ? {} : { row: issue.row }),
    ...(value === undefined || value === null ? {} : { value: canonicalValue(value) }),
  };
}

/** A version-2 seal of the form over `content` (its sheet's used range and the workbook's sheets). */
export async function createSealRecord(form: FormSheet, content: SealContent, input: SealInput): Promise<SealRecord> {
  const fields: Omit<SealRecord, "digest"> = {
    version: SEAL_VERSION_V2,
    unit: input.unit,
    sealedBy: input.sealedBy,
    sealedAt: input.sealedAt.toISOString(),
    year: input.year,
    sheet: form.sheet,
    ...(content.grid?.id === undefined ? {} : { sheetId: content.grid.id }),
    rowCount: form.rows.length,
    quotaUsed: input.quotaUsed.map((q) => ({ label: q.label, used: q.used, limit: q.limit })),
    confirmedWarnings: input.confirmedWarnings.map((w) => ({ ...w })),
    toolVersion: input.toolVersion,
    snapshot: contentSnapshot(content.grid),
    sheets: [...content.sheets],
    printed: printedSnapshot(content.grid),
    ...sealLayout(content.grid),
  };
  return { ...fields, digest: await sha256Hex(canonicalFormV2(content, fields)) };
}
