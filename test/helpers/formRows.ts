/**
 * The 13 headings of Annex 3 as the notice prints them. Fixtures lay sheets out with this list,
 * written here from the notice rather than taken from the product's FORM_COLUMNS, so that a slip
 * in the product's list shows up as a test failure instead of moving the fixtures with it.
 */
export const FORM_HEADINGS: readonly string[] = [
  "序号",
  "申报企业名称",
  "经验名称",
  "所在市",
  "所属行业",
  "资产总额",
  "营业收入",
  "利税总额",
  "利润总额",
  "申报联系人",
  "职务",
  "联系方式",
  "备注",
];

/**
 * Row 3 of the template filled in for 浙江省经济和信息化厅: each label, then its value where the
 * template puts it (the labels and values span merged cells, so some cells stay empty). The date
 * as a date cell, or as the text a clerk typed.
 */
export function headerBlockRow(date: Date | string): Array<string | Date | null> {
  return [
    "推荐单位（盖章）：",
    null,
    "浙江省经济和信息化厅",
    null,
    "填报人：",
    "李明",
    null,
    "联系电话：",
    "0571-87654321",
    null,
    "时间：",
    date,
  ];
}

/** The cells a test changes in a clean row: the city, the money figures, the contact. */
export interface CleanRowOptions {
  readonly city?: string;
  readonly money?: readonly [assets: number, revenue: number, taxProfit: number, profit: number];
  readonly contact?: string;
}

/**
 * A data row that breaks no rule on a 2021 form in 万元, in the form's column order, for the
 * enterprise named: its experience title names the enterprise, its phone differs by 序号.
 */
export function cleanRow(
  seq: number,
  enterprise: string,
  { city = "杭州市", money = [12000, 8500, 1600, 1200], contact = "王芳" }: CleanRowOptions = {},
): Array<string | number | null> {
  return [
    seq,
    enterprise,
    `${enterprise.slice(0, 4)}实施数字化质量管理的经验`,
    city,
    "通用设备制造业",
    ...money,
    contact,
    "质量部部长",
    `1391234567${seq}`,
    null,
  ];
}
