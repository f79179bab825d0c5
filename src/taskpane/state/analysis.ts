import { validateForm } from "../../core/checks/validate";
import type { FormSheet } from "../../core/form/formSheet";
import { formSpec } from "../../core/form/formSpec";
import type { Grid } from "../../core/grid/grid";
import { cellText } from "../../core/grid/cell";
import { defaultSeverity } from "../../core/issues/registry";
import type { Issue } from "../../core/issues/issue";
import { evaluateQuota, type QuotaEvaluation } from "../../core/quota";
import { readForm } from "../../core/reader";
import { NATIONAL, REFERENCE, regionByName, regionOfUnit, type Region } from "../../core/reference";
import { verifySeal, type SealVerification } from "../../core/seal";
import type { WorkbookStore } from "../../core/storage";

/** Everything the pane shows about the workbook's form, from one read. */
export interface Analysis {
  readonly form?: FormSheet;
  readonly year: number;
  readonly region: Region;
  /** Reader, check, quota and seal issues together, in the order found. */
  readonly issues: readonly Issue[];
  readonly quota?: QuotaEvaluation;
  readonly verification?: SealVerification;
}

/**
 * The year the form is checked against: the one stored in the workbook, else the title's year
 * (a reviewer opening last year's workbook), else the year the pane was given.
 */
function formYear(store: WorkbookStore, form: FormSheet | undefined, fallbackYear: number): number {
  return store.settings?.year ?? form?.titleYear ?? fallbackYear;
}

/** The unit's region: as stored, else recognised from the 推荐单位 text, else all of China. */
function formRegion(store: WorkbookStore, form: FormSheet | undefined): Region {
  const stored = store.settings?.region === undefined ? undefined : regionByName(store.settings.region);
  if (stored !== undefined) return stored;
  const unit = form?.header.unit?.value;
  const recognised = unit === undefined || unit === null ? undefined : regionOfUnit(cellText(unit));
  return recognised ?? NATIONAL;
}

export async function analyse(grids: readonly Grid[], store: WorkbookStore, today: Date, fallbackYear: number): Promise<Analysis> {
  const moneyUnit = store.settings?.moneyUnit;
  const read = readForm(grids, formSpec(store.settings?.year ?? fallbackYear, moneyUnit));
  const form = read.form;
  const year = formYear(store, form, fallbackYear);
  const region = formRegion(store, form);
  if (form === undefined) return { year, region, issues: read.issues };

  const checked = validateForm(form, { spec: formSpec(year, moneyUnit), region, today });
  const quota = store.quota === undefined ? undefined : evaluateQuota(form, store.quota, region, REFERENCE);
  const verification = store.seal === undefined ? undefined : await verifySeal(form, store.seal);
  const sealIssues: readonly Issue[] = verification?.issues ?? [
    { code: "seal-missing", severity: defaultSeverity("seal-missing"), sheet: form.sheet },
  ];
  return {
    form,
    year,
    region,
    issues: [...read.issues, ...checked, ...(quota?.issues ?? []), ...sealIssues],
    ...(quota === undefined ? {} : { quota }),
    ...(verification === undefined ? {} : { verification }),
  };
}
