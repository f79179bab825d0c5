import { validateForm } from "../checks/validate";
import type { FormSheet } from "../form/formSheet";
import { formSpec } from "../form/formSpec";
import type { Grid } from "../grid/grid";
import type { Issue } from "../issues/issue";
import { evaluateQuota, quotaForUnit, type QuotaEvaluation, type QuotaSet, type QuotaTable } from "../quota";
import { NATIONAL, REFERENCE, regionByName, regionOfUnit, type Region } from "../reference";
import { formUnit } from "../report/build";
import type { SealCheck, SealContent } from "../seal";
import type { WorkbookStore } from "../storage";
import { inspectWorkbook, type InspectOptions, type WorkbookInspection } from "./inspectWorkbook";

export interface AnalysisOptions extends InspectOptions {
  readonly today: Date;
  /** The year when the caller does not impose one and neither the store nor the title names one. */
  readonly fallbackYear: number;
  /** The year every form is checked against (`--year`, a batch's year), over the store's and the title's. */
  readonly year?: number;
  /** The region every form is checked against (`--region`), over the store's and the 推荐单位's. */
  readonly region?: Region;
  /** The office's quota table: each unit's quota is looked up in it instead of the workbook's own. */
  readonly quotaTable?: QuotaTable;
}

/** One workbook judged: everything a front shows or reports about it. */
export interface WorkbookAnalysis {
  readonly form?: FormSheet;
  /** The 推荐单位 as the form states it, tidied. */
  readonly unit?: string;
  readonly year: number;
  readonly region: Region;
  /** Reader, check, quota and seal issues together, in that order. */
  readonly issues: readonly Issue[];
  /** The quota counted, when the workbook has one (its own, or the office table's entry for its unit). */
  readonly quota?: QuotaEvaluation;
  readonly seal: SealCheck;
  /** What a new seal of the form covers (see WorkbookInspection). */
  readonly sealContent?: SealContent;
  /** The sealed sheet's current name (see WorkbookInspection). */
  readonly sealedSheet?: string;
  readonly store: WorkbookStore;
}

/** The year a workbook speaks for by itself: the one stored with it, else its title's. */
export function ownYear(inspection: Pick<WorkbookInspection, "form" | "store">): number | undefined {
  return inspection.store.settings?.year ?? inspection.form?.titleYear;
}

/** The caller's region, else the stored one, else the one the 推荐单位 names, else all of China. */
function regionOf(inspection: WorkbookInspection, unit: string | undefined, options: AnalysisOptions): Region {
  if (options.region !== undefined) return options.region;
  const stored = inspection.store.settings?.region;
  return (stored === undefined ? undefined : regionByName(stored)) ?? (unit === undefined ? undefined : regionOfUnit(unit)) ?? NATIONAL;
}

/** The office table's quota for the unit (`quota-unit-unknown` when the table lacks it), else the workbook's own. */
function quotaOf(
  form: FormSheet,
  unit: string | undefined,
  store: WorkbookStore,
  table: QuotaTable | undefined,
): { quota?: QuotaSet; issues: Issue[] } {
  if (table === undefined) return store.quota === undefined ? { issues: [] } : { quota: store.quota, issues: [] };
  const quota = unit === undefined ? undefined : quotaForUnit(table, unit);
  if (quota !== undefined) return { quota, issues: [] };
  const unitCell = form.header.unit?.cell;
  const unknown: Issue = {
    code: "quota-unit-unknown",
    severity: "warning",
    sheet: form.sheet,
    ...(unitCell === undefined ? {} : { cell: unitCell }),
    value: unit ?? "",
  };
  return { issues: [unknown] };
}

/**
 * The rules, the quota and the seal applied to an inspected workbook. The money unit a form does
 * not state is the one stored with it; the year and the region are decided as `AnalysisOptions` say.
 */
export function judgeWorkbook(inspection: WorkbookInspection, options: AnalysisOptions): WorkbookAnalysis {
  const { form, store, seal } = inspection;
  const unit = formUnit(form);
  const year = options.year ?? ownYear(inspection) ?? options.fallbackYear;
  const region = regionOf(inspection, unit, options);
  const base = {
    ...(unit === undefined ? {} : { unit }),
    ...(inspection.sealedSheet === undefined ? {} : { sealedSheet: inspection.sealedSheet }),
    year,
    region,
    seal,
    store,
  };
  if (form === undefined) return { ...base, issues: [...inspection.readerIssues, ...seal.issues] };
  const checked = validateForm(form, { spec: formSpec(year, store.settings?.moneyUnit), region, today: options.today });
  const chosen = quotaOf(form, unit, store, options.quotaTable);
  const quota = chosen.quota === undefined ? undefined : evaluateQuota(form, chosen.quota, region, REFERENCE);
  return {
    ...base,
    form,
    ...(inspection.sealContent === undefined ? {} : { sealContent: inspection.sealContent }),
    issues: [...inspection.readerIssues, ...checked, ...chosen.issues, ...(quota?.issues ?? []), ...seal.issues],
    ...(quota === undefined ? {} : { quota }),
  };
}

/** The one way from a workbook to a verdict, for every front: task pane, preview and command line. */
export async function analyseWorkbook(grids: readonly Grid[], store: WorkbookStore, options: AnalysisOptions): Promise<WorkbookAnalysis> {
  return judgeWorkbook(await inspectWorkbook(grids, store, options), options);
}
