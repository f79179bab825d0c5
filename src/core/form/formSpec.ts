import { FORM_COLUMNS, type FormColumn } from "./columns";

/** The header block's four label/value pairs on row 3 of the form. */
export const HEADER_FIELDS = [
  { key: "unit", label: "推荐单位（盖章）：", en: "Recommending unit (seal):", match: ["推荐单位"] },
  { key: "filler", label: "填报人：", en: "Filled in by:", match: ["填报人"] },
  { key: "fillerPhone", label: "联系电话：", en: "Phone:", match: ["联系电话"] },
  { key: "date", label: "时间：", en: "Date:", match: ["时间", "填报时间", "日期", "填报日期"] },
] as const;

export type HeaderFieldKey = (typeof HEADER_FIELDS)[number]["key"];

export const DEFAULT_MONEY_UNIT = "万元";

/** The form of one year: everything the template prints and the reader expects. */
export interface FormSpec {
  readonly year: number;
  readonly annex: string;
  readonly title: string;
  readonly columns: readonly FormColumn[];
  readonly moneyUnit: string;
  readonly unitNote: string;
  readonly note: string;
  /** The 时间 value as printed on a blank form: `2021年  月  日`. */
  readonly datePlaceholder: string;
}

export function formSpec(year: number, moneyUnit: string = DEFAULT_MONEY_UNIT): FormSpec {
  return {
    year,
    annex: "附件3",
    title: `${year}年工业企业质量标杆申报企业统计表`,
    columns: FORM_COLUMNS,
    moneyUnit,
    unitNote: `金额单位：${moneyUnit}`,
    note: "注：推荐申报全国质量标杆的往年全省质量标杆，请在备注栏注明公布年度。",
    datePlaceholder: `${year}年  月  日`,
  };
}

/** The form's year when none is given: the current calendar year (docs/domain/form.md#the-form-by-year). */
export function defaultFormYear(now: Date = new Date()): number {
  return now.getFullYear();
}
