import { parseAddress } from "../grid/address";
import type { FormSheet } from "../form/formSheet";
import { DEFAULT_SEVERITY } from "../issues/codes";
import type { Issue } from "../issues/issue";
import { sealSnapshot } from "./canonical";
import { sealDigest } from "./digest";
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
  readonly changedCells: readonly ChangedCell[];
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

/**
 * Compares the form as it is now with its seal. The digest decides the state; the snapshot names
 * the cells. When the digest differs but no single cell does (e.g. a header field now read from
 * the same cell under another label), the issue names the sheet instead.
 */
export async function verifySeal(form: FormSheet | undefined, record: SealRecord): Promise<SealVerification> {
  const current = form === undefined ? {} : sealSnapshot(form);
  const changedCells = diffSnapshots(record.snapshot, current);
  const digestMatches = form !== undefined && (await sealDigest(form)) === record.digest;
  if (digestMatches && changedCells.length === 0) return { state: "valid", changedCells, issues: [] };
  const sheet = form?.sheet ?? record.sheet;
  const cells = changedCells.length > 0 ? changedCells.map((c) => c.cell).join(", ") : sheet;
  const issue: Issue = {
    code: "seal-broken",
    severity: DEFAULT_SEVERITY["seal-broken"],
    sheet,
    ...(changedCells.length > 0 ? { cell: changedCells[0]!.cell } : {}),
    params: { cells, count: changedCells.length, sealedAt: record.sealedAt, sealedBy: record.sealedBy },
  };
  return { state: "broken", changedCells, issues: [issue] };
}

export interface SealCheck {
  readonly state: "none" | "valid" | "broken";
  readonly changedCells: readonly ChangedCell[];
  readonly issues: readonly Issue[];
}

/**
 * The seal state of a workbook for a report or the task pane: `none` with a `seal-missing`
 * warning (an error where the office requires seals, SPEC §4), else the verification.
 */
export async function checkSeal(
  form: FormSheet | undefined,
  record: SealRecord | undefined,
  options: {
    readonly requireSeal?: boolean;
    /** Where `seal-missing` points when the workbook has no form: its first sheet. */
    readonly sheet?: string;
  } = {},
): Promise<SealCheck> {
  if (record !== undefined) return verifySeal(form, record);
  const issue: Issue = {
    code: "seal-missing",
    severity: options.requireSeal === true ? "error" : DEFAULT_SEVERITY["seal-missing"],
    sheet: form?.sheet ?? options.sheet ?? "",
  };
  return { state: "none", changedCells: [], issues: [issue] };
}
