import { analyseWorkbook, sealReadinessOf, type UnreadableReason, type WorkbookAnalysis } from "../../core/analysis";
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
import { storeRowsOf, workbookMimeType, type FileKind } from "../../core/workbook";
import { encryptWorkbookBytes } from "../../xlsx/encryptWorkbook";
import { sealPackage } from "../../xlsx/package/sealPackage";
import { plainWorkbookBytes } from "../../xlsx/plainBytes";
import { readWorkbookBytes } from "../../xlsx/readBytes";
import { csvCannotBeSealed, sealSourceOf, type SealSource } from "../../xlsx/sealSource";
import { readFailure } from "../../xlsx/unreadable";
import type { WorkbookGrids } from "../../xlsx/workbookGrids";
import { TOOL_VERSION } from "./version";

/** One dropped form ready for the seal checklist: the same analysis the task pane and `qbench seal` use. */
export interface SealCandidate {
  /** The package the seal edits, keeping every other part: the file as dropped, decrypted or converted to .xlsx. */
  readonly source: SealSource;
  /** What the dropped file was read as: a legacy one is sealed into a new .xlsx. */
  readonly format: FileKind;
  readonly form: FormSheet;
  readonly analysis: WorkbookAnalysis;
  /**
   * The sealed package encrypted again with the open password the file was opened with, so that the
   * page hands out no decrypted copy; the password is held by this closure only, until the candidate is dropped.
   */
  readonly protect: (sealed: Uint8Array) => Promise<Uint8Array>;
}

async function analysed(read: WorkbookGrids, today: Date, fallbackYear: (stored: number | undefined) => number) {
  const { store, damaged } = decodeStore(storeRowsOf(read.grids));
  const analysis = await analyseWorkbook(read.grids, store, {
    today,
    fallbackYear: fallbackYear(store.seal?.year),
    sealRecordDamaged: damaged.includes("seal"),
  });
  return { store, analysis };
}

/**
 * A dropped file as `qbench seal` opens it, in every format the page reads (src/xlsx/sealSource.ts):
 * a legacy workbook is judged as the .xlsx it will be sealed into, an encrypted one opens with
 * `password`, decrypted once (without it, or with a wrong one, an `Unreadable` of kind "encrypted" is thrown). A CSV cannot hold a seal.
 */
export async function sealCandidate(
  bytes: Uint8Array,
  fileName: string,
  today: Date,
  password?: string,
): Promise<SealCandidate | undefined> {
  const plain = await plainWorkbookBytes(bytes, password);
  const read = await readWorkbookBytes(plain.bytes, fileName);
  if (read.format === "csv") throw csvCannotBeSealed();
  const source = await sealSourceOf(plain, read.format);
  const { analysis } = await analysed(source.converted ?? read, today, () => today.getFullYear());
  if (analysis.form === undefined) return undefined;
  const typed = source.encrypted ? password : undefined;
  const protect = (sealed: Uint8Array) => (typed === undefined ? Promise.resolve(sealed) : encryptWorkbookBytes(sealed, typed));
  return { source, format: read.format, form: analysis.form, analysis, protect };
}

export function readiness(candidate: SealCandidate, confirmed: Iterable<string>): SealReadiness {
  return sealReadinessOf(candidate.analysis, confirmed)!;
}

/**
 * Seals the form in the page with the same package-editing sealer as `qbench seal`: the record
 * into the store sheet, the seal code into the footer and protection on the form sheet, every
 * other part of the package kept as it was (the page offers it under a new name, `fileName`, whose
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
  const sealed = await candidate.protect(
    await sealPackage(candidate.source.bytes, { sheet: candidate.form.sheet, store: { ...analysis.store, seal: record } }),
  );
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

/**
 * Verifies any dropped workbook's seal, read as `qbench verify` reads it (an encrypted one with
 * `password`): a record lost from a sheet still protected as sealed is broken, not "not sealed".
 */
export async function verifyBytes(bytes: Uint8Array, fileName: string, password?: string): Promise<Verification> {
  const today = new Date();
  const { store, analysis } = await analysed(
    await readWorkbookBytes(bytes, fileName, {}, password),
    today,
    (y) => y ?? today.getFullYear(),
  );
  const result = analysis.seal;
  if (result.state === "none") return { state: "none" };
  const record = store.seal;
  return { state: result.state, ...(record === undefined ? {} : { record, code: sealCodeOf(record.digest) }), result };
}

/** The sealed copy's name: never the original's; a legacy workbook's is an .xlsx. */
export { sealedFileName as sealedName } from "../../core/seal";

/** Why a dropped file did not open for sealing or verifying: locked (no or a wrong open password), or the reader's reason. */
export interface OpenFailure {
  readonly locked: boolean;
  readonly reason: UnreadableReason;
}

export function openFailure(error: unknown): OpenFailure {
  const reason = readFailure(error);
  return { locked: reason.kind === "encrypted", reason };
}
