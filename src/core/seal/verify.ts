import { parseAddress } from "../grid/address";
import type { FormSheet } from "../form/formSheet";
import { defaultSeverity, type ParamsOf } from "../issues/registry";
import type { Issue } from "../issues/issue";
import { SEAL_VERSION_V1, sealSnapshot } from "./canonical";
import { canonicalFormV2, contentSnapshot, printedSnapshot, sealLayout, type SealContent } from "./canonicalV2";
import { sealDigest, sha256Hex } from "./digest";
import { protectedAsSealed } from "./protection";
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

/** The print area before and after; null where the sheet sets none. */
export interface PrintAreaChange {
  readonly sealed: string | null;
  readonly current: string | null;
}

export interface SealVerification {
  readonly state: "valid" | "broken";
  /** The canonical form the seal was made in: version 1 (the form only) is the older, narrower one. */
  readonly version: "v1" | "v2";
  readonly changedCells: readonly ChangedCell[];
  /**
   * Cells whose value is as sealed but which print other text (version 2): the number format
   * changed. `sealed` and `current` are the printed texts.
   */
  readonly printedChanges: readonly ChangedCell[];
  /** Sheets added to or removed from the workbook since sealing (version 2). */
  readonly sheetsAdded: readonly string[];
  readonly sheetsRemoved: readonly string[];
  /** Rows and columns (letters) inside the used range hidden, or shown again, since sealing (version 2). */
  readonly rowsHidden: readonly number[];
  readonly rowsShown: readonly number[];
  readonly columnsHidden: readonly string[];
  readonly columnsShown: readonly string[];
  /** The print area, when it changed since sealing (version 2). */
  readonly printArea?: PrintAreaChange;
  /**
   * The digest differs but nothing else does: what changed is the seal record itself (who, when,
   * the unit, the counts, the confirmed warnings, the quota) — say so, not "0 changes".
   */
  readonly recordChanged: boolean;
  /**
   * No readable seal record, though the form sheet is still protected as sealing leaves it, or the
   * store holds a seal record that cannot be read: the seal is broken, and this says why.
   */
  readonly recordLost?: "missing" | "damaged";
  readonly issues: readonly Issue[];
}

/** How many things a broken seal names: cells, printed texts, sheets, rows, columns, the print area. */
export function namedChangeCount(v: Omit<SealVerification, "state" | "issues" | "version">): number {
  return (
    v.changedCells.length +
    v.printedChanges.length +
    v.sheetsAdded.length +
    v.sheetsRemoved.length +
    v.rowsHidden.length +
    v.rowsShown.length +
    v.columnsHidden.length +
    v.columnsShown.length +
    (v.printArea === undefined ? 0 : 1)
  );
}

type SealBrokenParams = ParamsOf<"seal-broken">;

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

const joined = (items: readonly (string | number)[]): string | undefined => (items.length === 0 ? undefined : items.join(", "));

function brokenIssue(record: SealRecord, sheet: string, result: Omit<SealVerification, "state" | "issues">): Issue {
  const named = [
    ...result.changedCells.map((c) => c.cell),
    ...result.sheetsAdded.map((name) => `+${name}`),
    ...result.sheetsRemoved.map((name) => `-${name}`),
  ];
  const layout = {
    printed: joined(result.printedChanges.map((c) => c.cell)),
    rowsHidden: joined(result.rowsHidden),
    rowsShown: joined(result.rowsShown),
    columnsHidden: joined(result.columnsHidden),
    columnsShown: joined(result.columnsShown),
    printArea: result.printArea === undefined ? undefined : `${result.printArea.sealed ?? "—"} → ${result.printArea.current ?? "—"}`,
    record: result.recordChanged ? "changed" : undefined,
  };
  const params: Record<string, string | number> = {
    cells: named.join(", "),
    count: result.changedCells.length,
    sealedAt: record.sealedAt,
    sealedBy: record.sealedBy,
  };
  for (const [key, value] of Object.entries(layout)) if (value !== undefined) params[key] = value;
  return {
    code: "seal-broken",
    severity: defaultSeverity("seal-broken"),
    sheet,
    ...(result.changedCells.length > 0 ? { cell: result.changedCells[0]!.cell } : {}),
    params: params as SealBrokenParams,
  };
}

function listDiff<T>(sealed: readonly T[], current: readonly T[]): { added: T[]; removed: T[] } {
  return { added: current.filter((s) => !sealed.includes(s)), removed: sealed.filter((s) => !current.includes(s)) };
}

/** Cells whose value is as sealed but whose printed text is not (a cell prints its value unless `printed` says otherwise). */
function printedDiff(
  record: SealRecord,
  values: Readonly<Record<string, string>>,
  printed: Readonly<Record<string, string>>,
): ChangedCell[] {
  const sealedPrinted = record.printed ?? {};
  const changed: ChangedCell[] = [];
  for (const [cell, value] of Object.entries(values)) {
    if (record.snapshot[cell] !== value) continue;
    const was = Object.hasOwn(sealedPrinted, cell) ? sealedPrinted[cell]! : value;
    const now = Object.hasOwn(printed, cell) ? printed[cell]! : value;
    if (was !== now) changed.push({ cell, sealed: was, current: now });
  }
  return changed.sort(byPosition);
}

/**
 * Compares the workbook as it is now with its seal. The digest decides the state; the snapshots
 * name the cells and printed texts, the record's lists the sheets, hidden rows and columns and the
 * print area. A version-1 seal is checked against the form only, as it was made.
 */
export async function verifySeal(form: FormSheet | undefined, content: SealContent, record: SealRecord): Promise<SealVerification> {
  const v1 = record.version === SEAL_VERSION_V1;
  const current = v1 ? (form === undefined ? {} : sealSnapshot(form)) : contentSnapshot(content.grid);
  const changedCells = diffSnapshots(record.snapshot, current);
  const none = { added: [], removed: [] };
  const sheets = v1 ? none : listDiff(record.sheets ?? [], content.sheets);
  const layout = sealLayout(content.grid);
  const rows = v1 || content.grid === undefined ? none : listDiff(record.hiddenRows ?? [], layout.hiddenRows);
  const columns = v1 || content.grid === undefined ? none : listDiff(record.hiddenColumns ?? [], layout.hiddenColumns);
  const sealedArea = record.printArea ?? null;
  const printArea =
    v1 || content.grid === undefined || sealedArea === layout.printArea ? undefined : { sealed: sealedArea, current: layout.printArea };
  const digest = v1
    ? form === undefined
      ? undefined
      : await sealDigest(form)
    : content.grid === undefined
      ? undefined
      : await sha256Hex(canonicalFormV2(content, record));
  const found = {
    version: v1 ? ("v1" as const) : ("v2" as const),
    changedCells,
    printedChanges: v1 ? [] : printedDiff(record, current, printedSnapshot(content.grid)),
    sheetsAdded: sheets.added,
    sheetsRemoved: sheets.removed,
    rowsHidden: rows.added,
    rowsShown: rows.removed,
    columnsHidden: columns.added,
    columnsShown: columns.removed,
    ...(printArea === undefined ? {} : { printArea }),
  };
  const named = namedChangeCount({ ...found, recordChanged: false });
  const result = { ...found, recordChanged: digest !== undefined && digest !== record.digest && named === 0 };
  if (digest === record.digest && named === 0) return { state: "valid", ...result, issues: [] };
  return { state: "broken", ...result, issues: [brokenIssue(record, form?.sheet ?? record.sheet, result)] };
}

export type SealCheck =
  | (SealVerification & { readonly state: "valid" | "broken" })
  | { readonly state: "none"; readonly changedCells: readonly ChangedCell[]; readonly issues: readonly Issue[] };

/**
 * A seal whose record is gone or unreadable: broken, with the reason, and nothing to compare — a
 * sheet still protected as sealed must not read like one never sealed.
 */
function lostSeal(sheet: string, lost: "missing" | "damaged"): SealVerification {
  const issue: Issue = {
    code: "seal-broken",
    severity: defaultSeverity("seal-broken"),
    sheet,
    params: { cells: "", count: 0, lost },
  };
  return {
    state: "broken",
    version: "v2",
    changedCells: [],
    printedChanges: [],
    sheetsAdded: [],
    sheetsRemoved: [],
    rowsHidden: [],
    rowsShown: [],
    columnsHidden: [],
    columnsShown: [],
    recordChanged: false,
    recordLost: lost,
    issues: [issue],
  };
}

/**
 * The seal state of a workbook for a report or the task pane: broken when the record cannot be
 * read or is gone from a sheet still protected; `none` with a `seal-missing` warning (an error
 * where the office requires seals, docs/domain/rules.md#severities); else the verification.
 */
export async function checkSeal(
  form: FormSheet | undefined,
  content: SealContent,
  record: SealRecord | undefined,
  options: {
    readonly requireSeal?: boolean;
    /** Where `seal-missing` points when the workbook has no form: its first sheet. */
    readonly sheet?: string;
    /** The store holds a seal record that could not be read (damaged, cut short, invalid). */
    readonly recordDamaged?: boolean;
  } = {},
): Promise<SealCheck> {
  if (record !== undefined) return verifySeal(form, content, record);
  const sheet = form?.sheet ?? options.sheet ?? "";
  if (options.recordDamaged === true) return lostSeal(sheet, "damaged");
  if (content.grid !== undefined && protectedAsSealed(content.grid.layout)) return lostSeal(content.grid.sheet, "missing");
  const issue: Issue = {
    code: "seal-missing",
    severity: options.requireSeal === true ? "error" : defaultSeverity("seal-missing"),
    sheet,
  };
  return { state: "none", changedCells: [], issues: [issue] };
}
