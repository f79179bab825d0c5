/** The 13 columns of Annex 3, in the form's order. `key` is what code uses; `name` is what the sheet shows. */
export const FORM_COLUMNS = [
  { key: "seq", name: "序号", en: "No.", kind: "seq", width: 6 },
  { key: "enterprise", name: "申报企业名称", en: "Enterprise", kind: "text", width: 28 },
  { key: "experience", name: "经验名称", en: "Experience title", kind: "text", width: 36 },
  { key: "city", name: "所在市", en: "City", kind: "text", width: 12 },
  { key: "industry", name: "所属行业", en: "Industry", kind: "text", width: 22 },
  { key: "assets", name: "资产总额", en: "Total assets", kind: "money", width: 12 },
  { key: "revenue", name: "营业收入", en: "Operating revenue", kind: "money", width: 12 },
  { key: "taxProfit", name: "利税总额", en: "Profit and tax", kind: "money", width: 12 },
  { key: "profit", name: "利润总额", en: "Total profit", kind: "money", width: 12 },
  { key: "contact", name: "申报联系人", en: "Contact person", kind: "text", width: 10 },
  { key: "title", name: "职务", en: "Position", kind: "text", width: 10 },
  { key: "phone", name: "联系方式", en: "Phone", kind: "phone", width: 15 },
  { key: "remark", name: "备注", en: "Remarks", kind: "text", width: 20 },
] as const;

export type ColumnKey = (typeof FORM_COLUMNS)[number]["key"];
export type ColumnKind = (typeof FORM_COLUMNS)[number]["kind"];
export type FormColumn = (typeof FORM_COLUMNS)[number];

export const COLUMN_KEYS: readonly ColumnKey[] = FORM_COLUMNS.map((c) => c.key);
export const COLUMN_COUNT = FORM_COLUMNS.length;
export const MONEY_KEYS = ["assets", "revenue", "taxProfit", "profit"] as const satisfies readonly ColumnKey[];
export type MoneyKey = (typeof MONEY_KEYS)[number];

/** Every column but 备注 must be filled (value-missing, docs/domain/rules.md#required-cells). */
export const REQUIRED_KEYS: readonly ColumnKey[] = COLUMN_KEYS.filter((k) => k !== "remark");

const byKey = new Map<ColumnKey, FormColumn>(FORM_COLUMNS.map((c) => [c.key, c]));
export function formColumn(key: ColumnKey): FormColumn {
  return byKey.get(key)!;
}
/** Position of each column in FORM_COLUMNS and in FormRow.values. */
export const COLUMN_INDEX: Readonly<Record<ColumnKey, number>> = Object.fromEntries(COLUMN_KEYS.map((k, i) => [k, i])) as Record<
  ColumnKey,
  number
>;

export function columnIndex(key: ColumnKey): number {
  return COLUMN_INDEX[key];
}

/*
 * Each column's position in FormRow.values as a plain constant. Rules read cells on every row of
 * 100 000-row sheets; `row.values[CITY_INDEX]` compiles to one indexed load, where
 * `COLUMN_INDEX[key]` is a property lookup each time (about a tenth of all validation time).
 */
export const SEQ_INDEX = 0;
export const ENTERPRISE_INDEX = 1;
export const EXPERIENCE_INDEX = 2;
export const CITY_INDEX = 3;
export const INDUSTRY_INDEX = 4;
export const CONTACT_INDEX = 9;
export const PHONE_INDEX = 11;
export const REMARK_INDEX = 12;
