import { analyseWorkbook, sealReadinessOf, type WorkbookAnalysis } from "../../core/analysis";
import type { FormSheet } from "../../core/form/formSheet";
import {
  createSealRecord,
  sealCodeOf,
  toConfirmedWarning,
  type SealReadiness,
  type SealRecord,
  type SealVerification,
} from "../../core/seal";
import { decodeStore } from "../../core/storage";
import { sealPackage } from "../../xlsx/package/sealPackage";
import { storeRowsOf, workbookMimeType } from "../../core/workbook";
import { gridsOf, openWorkbookBytes } from "./readBytes";
import { TOOL_VERSION } from "./version";

/** One dropped form ready for the seal checklist: the same analysis the task pane and `qbench seal` use. */
export interface SealCandidate {
  /** The dropped file as it came: the seal edits this package, keeping every other part. */
  readonly bytes: Uint8Array;
  readonly form: FormSheet;
  readonly analysis: WorkbookAnalysis;
}

export async function sealCandidate(bytes: Uint8Array, today: Date): Promise<SealCandidate | undefined> {
  const workbook = await openWorkbookBytes(bytes);
  const grids = gridsOf(workbook);
  const { store } = decodeStore(storeRowsOf(grids));
  const analysis = await analyseWorkbook(grids, store, { today, fallbackYear: today.getFullYear() });
  return analysis.form === undefined ? undefined : { bytes, form: analysis.form, analysis };
}

export function readiness(candidate: SealCandidate, confirmed: Iterable<string>): SealReadiness {
  return sealReadinessOf(candidate.analysis, confirmed)!;
}

/**
 * Seals the form in the page with the same package-editing sealer as `qbench seal`: the record
 * into the store sheet, the seal code into the footer and protection on the form sheet, every
 * other part of the dropped file kept as it was (the page offers it under a new name, `fileName`, whose
 * type the blob takes; the original stays as it was).
 */
export async function sealedBlob(
  candidate: SealCandidate,
  sealedBy: string,
  confirmed: Iterable<string>,
  fileName: string,
): Promise<{ readonly blob: Blob; readonly code: string }> {
  const ready = readiness(candidate, confirmed);
  if (!ready.ready) throw new Error("the form is not ready to seal");
  const { analysis } = candidate;
  const record = await createSealRecord(candidate.form, analysis.sealContent ?? { grid: undefined, sheets: [] }, {
    unit: analysis.unit ?? "",
    sealedBy,
    sealedAt: new Date(),
    year: analysis.year,
    quotaUsed: (analysis.quota?.usage ?? []).map((q) => ({ label: q.label, used: q.used, limit: q.limit })),
    confirmedWarnings: ready.warningsToConfirm.map(toConfirmedWarning),
    toolVersion: TOOL_VERSION,
  });
  const sealed = await sealPackage(candidate.bytes, {
    sheet: candidate.form.sheet,
    store: { ...analysis.store, seal: record },
  });
  return { blob: new Blob([sealed as Uint8Array<ArrayBuffer>], { type: workbookMimeType(fileName) }), code: sealCodeOf(record.digest) };
}

export type Verification =
  | { readonly state: "none" }
  | {
      readonly state: "valid" | "broken";
      /** Absent when the record is gone or unreadable from a sheet still protected as sealed. */
      readonly record?: SealRecord;
      readonly code?: string;
      /** What the core found, for describeSeal: the page says exactly what `qbench verify` says. */
      readonly result: SealVerification;
    };

/** Verifies any dropped workbook's seal: a record lost from a sheet still protected as sealed is broken, not "not sealed". */
export async function verifyBytes(bytes: Uint8Array): Promise<Verification> {
  const grids = gridsOf(await openWorkbookBytes(bytes));
  const { store, damaged } = decodeStore(storeRowsOf(grids));
  const today = new Date();
  const analysis = await analyseWorkbook(grids, store, {
    today,
    fallbackYear: store.seal?.year ?? today.getFullYear(),
    sealRecordDamaged: damaged.includes("seal"),
  });
  const result = analysis.seal;
  if (result.state === "none") return { state: "none" };
  const record = store.seal;
  return { state: result.state, ...(record === undefined ? {} : { record, code: sealCodeOf(record.digest) }), result };
}

/** The sealed copy's name: never the original's. */
export { sealedFileName as sealedName } from "../../core/seal";
