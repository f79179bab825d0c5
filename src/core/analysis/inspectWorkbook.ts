import type { FormSheet } from "../form/formSheet";
import type { Grid } from "../grid/grid";
import type { Issue } from "../issues/issue";
import { readForm } from "../reader";
import { checkSeal, sealContentOf, type SealCheck, type SealContent } from "../seal";
import type { WorkbookStore } from "../storage";

/**
 * What a workbook holds before any rule is applied: its form, the reader's findings and its seal.
 * None of it depends on the year or the region, so a batch can inspect every file first (and drop
 * its grids at once), then decide the batch's year and check each form against it.
 */
export interface WorkbookInspection {
  readonly form?: FormSheet;
  /** The reader's issues: no form found, columns missing or misplaced, the header block. */
  readonly readerIssues: readonly Issue[];
  readonly store: WorkbookStore;
  /** The seal against the grids as read: `none` with `seal-missing`, else the verification. */
  readonly seal: SealCheck;
  /** What a new seal of the form covers: its sheet's used range and the workbook's sheet names. */
  readonly sealContent?: SealContent;
  /**
   * The sealed sheet's name as it is now: the record keeps the name it had when sealed, and the
   * clerk may have renamed the sheet since (it is found by worksheet id). Absent without a seal.
   */
  readonly sealedSheet?: string;
}

export interface InspectOptions {
  /** The office requires every workbook sealed: `seal-missing` is then an error, not a warning. */
  readonly requireSeal?: boolean;
  /** The store holds a seal record that could not be read (`DecodedStore.damaged`): the seal is broken. */
  readonly sealRecordDamaged?: boolean;
}

export async function inspectWorkbook(
  grids: readonly Grid[],
  store: WorkbookStore,
  options: InspectOptions = {},
): Promise<WorkbookInspection> {
  const { form, issues } = readForm(grids);
  const sealContent = sealContentOf(grids, store.seal?.sheet ?? form?.sheet ?? "", store.seal?.sheetId);
  const seal = await checkSeal(form, sealContent, store.seal, {
    ...(options.requireSeal === undefined ? {} : { requireSeal: options.requireSeal }),
    ...(options.sealRecordDamaged === undefined ? {} : { recordDamaged: options.sealRecordDamaged }),
    sheet: form?.sheet ?? grids[0]?.sheet ?? "",
  });
  const sealedSheet = store.seal === undefined ? undefined : (sealContent.grid?.sheet ?? store.seal.sheet);
  return {
    ...(form === undefined ? {} : { form, sealContent: sealContentOf(grids, form.sheet) }),
    ...(sealedSheet === undefined ? {} : { sealedSheet }),
    readerIssues: issues,
    store,
    seal,
  };
}
