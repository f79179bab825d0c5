import { parseAddress } from "../grid/address";
import type { FormSheet } from "../form/formSheet";
import { defaultSeverity } from "../issues/registry";
import type { Issue } from "../issues/issue";
import { SEAL_VERSION_V1, sealSnapshot } from "./canonical";
import { canonicalFormV2, contentSnapshot, type SealContent } from "./canonicalV2";
import { sealDigest, sha256Hex } from "./digest";
import type { SealRecord } from "./record";

/**
 * One cell whose content differs from the seal. `null` means the cell is not part of the form on
 * that side: a row added or removed, a column or header field that appeared or vanished.
 */
export interface ChangedCell {
  readonly cell: string;
  readonly sealed: string | null;
  readonly current: string | null;
}

export interface SealVerification {
  readonly state: "valid" | "broken";
  /** The canonical form the seal was made in: version 1 (the form only) is the older, narrower one. */
  readonly version: "v1" | "v2";
  readonly changedCells: readonly ChangedCell[];
  /** Sheets added to or removed from the workbook since sealing (version 2). */
  readonly sheetsAdded: readonly string[];
  readonly sheetsRemoved: readonly string[];
  /**
   * The digest differs but no cell and no sheet does: what changed is the seal record itself
   * (who, when, the unit, the counts, the confirmed warnings, the quota) — say so, not "0 changes".
   */
  readonly recordChanged: boolean;
  readonly issues: readonly Issue[];
}

/** Row-major order, so that a reviewer reads the changes top to bottom. */
function byPosition(a: ChangedCell, b: ChangedCell): number {
  const pa = parseAddress(a.cell);
  const pb = parseAddress(b.cell);
  if (pa === undefined || pb === undefined) return a.cell < b.cell ? -1 : a.cell > b.cell ? 1 : 0;
  return pa.row - pb.row || pa.col - pb.col;
}

function diffSnapshots(sealed: Readonly<Record<string, string>>, current: Readonly<Record<string, string>>): ChangedCell[] {
  const changed: ChangedCell[] = [];
  for (const [cell, value] of Object.entries(sealed)) {
    const now = Object.hasOwn(current, cell) ? current[cell]! : null;
    if (now !== value) changed.push({ cell, sealed: value, current: now });
  }
  for (const [cell, value] of Object.entries(current)) {
    if (!Object.hasOwn(sealed, cell)) changed.push({ cell, sealed: null, current: value });
  }
  return changed.sort(byPosition);
}

function brokenIssue(record: SealRecord, sheet: string, result: Omit<SealVerification, "state" | "issues">): Issue {
  const named = [
    ...result.changedCells.map((c) => c.cell),
    ...result.sheetsAdded.map((name) => `+${name}`),
    ...result.sheetsRemoved.map((name) => `-${name}`),
  ];
  const cells = named.length > 0 ? named.join(", ") : result.recordChanged ? "封存记录 / the seal record" : sheet;
  return {
    code: "seal-broken",
    severity: defaultSeverity("seal-broken"),
    sheet,
    ...(result.changedCells.length > 0 ? { cell: result.changedCells[0]!.cell } : {}),
    params: { cells, count: result.changedCells.length, sealedAt: record.sealedAt, sealedBy: record.sealedBy },
  };
}

function sheetDiff(sealed: readonly string[], current: readonly string[]): { added: string[]; removed: string[] } {
  return { added: current.filter((s) => !sealed.includes(s)), removed: sealed.filter((s) => !current.includes(s)) };
}

/**
 * Compares the workbook as it is now with its seal. The digest decides the state; the snapshot
 * names the cells, the record's sheet list the sheets. A version-1 seal is checked against the
 * form only, as it was made.
 */
export async function verifySeal(form: FormSheet | undefined, content: SealContent, record: SealRecord): Promise<SealVerification> {
  const v1 = record.version === SEAL_VERSION_V1;
  const current = v1 ? (form === undefined ? {} : sealSnapshot(form)) : contentSnapshot(content.grid);
  const changedCells = diffSnapshots(record.snapshot, current);
  const sheets = v1 ? { added: [], removed: [] } : sheetDiff(record.sheets ?? [], content.sheets);
  const digest = v1
    ? form === undefined
      ? undefined
      : await sealDigest(form)
    : content.grid === undefined
      ? undefined
      : await sha256Hex(canonicalFormV2(content, record));
  const named = changedCells.length + sheets.added.length + sheets.removed.length;
  const result = {
    version: v1 ? ("v1" as const) : ("v2" as const),
    changedCells,
    sheetsAdded: sheets.added,
    sheetsRemoved: sheets.removed,
    recordChanged: digest !== undefined && digest !== record.digest && named === 0,
  };
  if (digest === record.digest && named === 0) return { state: "valid", ...result, issues: [] };
  return { state: "broken", ...result, issues: [brokenIssue(record, form?.sheet ?? record.sheet, result)] };
}

export type SealCheck =
  | (SealVerification & { readonly state: "valid" | "broken" })
  | { readonly state: "none"; readonly changedCells: readonly ChangedCell[]; readonly issues: readonly Issue[] };

/**
 * The seal state of a workbook for a report or the task pane: `none` with a `seal-missing`
 * warning (an error where the office requires seals, docs/domain/rules.md#severities), else the verification.
 */
export async function checkSeal(
  form: FormSheet | undefined,
  content: SealContent,
  record: SealRecord | undefined,
  options: {
    readonly requireSeal?: boolean;
    /** Where `seal-missing` points when the workbook has no form: its first sheet. */
    readonly sheet?: string;
  } = {},
): Promise<SealCheck> {
  if (record !== undefined) return verifySeal(form, content, record);
  const issue: Issue = {
    code: "seal-missing",
    severity: options.requireSeal === true ? "error" : defaultSeverity("seal-missing"),
    sheet: form?.sheet ?? options.sheet ?? "",
  };
  return { state: "none", changedCells: [], issues: [issue] };
}
