import type ExcelJS from "exceljs";
import type { FormSheet } from "../../core/form/formSheet";
import type { Issue } from "../../core/issues/issue";
import type { Lang } from "../../core/issues/messages";
import type { QuotaUsage } from "../../core/quota";
import { formUnit } from "../../core/report";
import {
  createSealRecord,
  isHeaderComplete,
  sealReadiness,
  toConfirmedWarning,
  verifySeal,
  type ChangedCell,
  type SealReadiness,
  type SealRecord,
} from "../../core/seal";
import { encodeStore, type WorkbookStore } from "../../core/storage";
import { analyzeFile, loadedFromGrids } from "../../cli/analyze";
import { writeStoreSheet } from "../../xlsx/store";
import { gridsOf, openWorkbookBytes } from "./readBytes";
import { XLSX_TYPE } from "./review";
import { TOOL_VERSION } from "./version";

/** One dropped form ready for the seal checklist: its issues, quota use and the SPEC §6 preconditions. */
export interface SealCandidate {
  readonly workbook: ExcelJS.Workbook;
  readonly form: FormSheet;
  readonly unit: string;
  readonly year: number;
  readonly store: WorkbookStore;
  readonly issues: readonly Issue[];
  readonly quota: readonly QuotaUsage[];
  readonly headerComplete: boolean;
}

export async function sealCandidate(bytes: Uint8Array, lang: Lang, today: Date): Promise<SealCandidate | undefined> {
  const workbook = await openWorkbookBytes(bytes);
  const loaded = loadedFromGrids("", { grids: gridsOf(workbook), format: "ooxml" });
  if (loaded.kind !== "read" || loaded.form === undefined) return undefined;
  const year = loaded.form.titleYear ?? today.getFullYear();
  const analysis = await analyzeFile(loaded, { year, requireSeal: false, today, lang });
  return {
    workbook,
    form: loaded.form,
    unit: formUnit(loaded.form) ?? "",
    year,
    store: loaded.store,
    // A form being sealed again is checked as it is now, not against its old seal.
    issues: analysis.issues.filter((i) => i.code !== "seal-missing" && i.code !== "seal-broken"),
    quota: analysis.quota,
    headerComplete: isHeaderComplete(loaded.form),
  };
}

export function readiness(candidate: SealCandidate, confirmed: Iterable<string>): SealReadiness {
  return sealReadiness({ issues: candidate.issues, quotaUsage: candidate.quota, headerComplete: candidate.headerComplete, confirmed });
}

/**
 * Seals the form in the page: the record into the store sheet and protection on the form sheet,
 * written as a new workbook (the page offers it under a new name; the original stays as it was).
 * The one place the page seals: i13's package-editing sealer replaces its body.
 */
export async function sealedBlob(candidate: SealCandidate, sealedBy: string, confirmed: Iterable<string>): Promise<Blob> {
  const ready = readiness(candidate, confirmed);
  if (!ready.ready) throw new Error("the form is not ready to seal");
  const record = await createSealRecord(candidate.form, {
    unit: candidate.unit,
    sealedBy,
    sealedAt: new Date(),
    year: candidate.year,
    quotaUsed: candidate.quota.map((q) => ({ label: q.label, used: q.used, limit: q.limit })),
    confirmedWarnings: ready.warningsToConfirm.map(toConfirmedWarning),
    toolVersion: TOOL_VERSION,
  });
  writeStoreSheet(candidate.workbook, encodeStore({ ...candidate.store, seal: record }));
  await candidate.workbook.getWorksheet(candidate.form.sheet)?.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
  });
  const buffer = await candidate.workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: XLSX_TYPE });
}

export type Verification =
  | { readonly state: "none" }
  | { readonly state: "valid" | "broken"; readonly record: SealRecord; readonly changedCells: readonly ChangedCell[] };

/** Verifies any dropped workbook's seal and names the cells changed since sealing. */
export async function verifyBytes(bytes: Uint8Array): Promise<Verification> {
  const loaded = loadedFromGrids("", { grids: gridsOf(await openWorkbookBytes(bytes)), format: "ooxml" });
  if (loaded.kind !== "read" || loaded.store.seal === undefined) return { state: "none" };
  const result = await verifySeal(loaded.form, loaded.store.seal);
  return { state: result.state, record: loaded.store.seal, changedCells: result.changedCells };
}

/** The sealed copy's name: never the original's. */
export function sealedName(original: string, lang: Lang): string {
  const stem = original.replace(/\.(xlsx|xlsm)$/i, "");
  return `${stem}-${lang === "zh" ? "已封存" : "sealed"}.xlsx`;
}
