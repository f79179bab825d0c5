import type { CellValue } from "../../src/core/grid/cell";
import { cleanRow, FORM_HEADINGS, headerBlockRow } from "../helpers/formRows";

export const TODAY = new Date(Date.UTC(2021, 5, 1));
export const SHEET = "申报企业统计表";

/** A row that breaks no rule for a 浙江省 form of 2021, for 杭州{name}科技有限公司. */
export function goodRow(seq: number, name: string, city = "杭州市"): CellValue[] {
  return cleanRow(seq, `杭州${name}科技有限公司`, { city });
}

/** The form as the template lays it out (header row 5), with the given data rows. */
export function formSheet(rows: CellValue[][]): CellValue[][] {
  return [
    ["附件3"],
    ["2021年工业企业质量标杆申报企业统计表"],
    headerBlockRow(new Date(Date.UTC(2021, 4, 20))),
    [null, null, null, null, null, null, null, null, null, null, null, null, "金额单位：万元"],
    [...FORM_HEADINGS],
    ...rows,
    ["注：推荐申报全国质量标杆的往年全省质量标杆，请在备注栏注明公布年度。"],
  ];
}
