import type { CellValue } from "../../src/core/grid/cell";
import { OfficeWorkbookAdapter } from "../../src/office/OfficeWorkbookAdapter";
import { FORM_HEADINGS } from "../helpers/formRows";
import { FakeWorkbook, type FakeWorkbookOptions } from "./fakeExcel";

export const FORM_SHEET = "申报企业统计表";

/** The 13-column form: five head rows, then `n` data rows shaped like real entries. */
export function formRows(n: number): CellValue[][] {
  const rows: CellValue[][] = [
    ["附件3"],
    ["2021年工业企业质量标杆申报企业统计表"],
    ["推荐单位（盖章）：", null, "浙江省经济和信息化厅"],
    [],
    [...FORM_HEADINGS],
  ];
  for (let i = 1; i <= n; i++) {
    rows.push([
      i,
      `杭州某某${i}有限公司`,
      `某某${i}全面质量管理经验`,
      "杭州市",
      "通用设备制造业",
      1000 + i,
      800,
      90,
      60,
      "张三",
      "经理",
      "13812345678",
      null,
    ]);
  }
  return rows;
}

export function setup(rows: number, options: FakeWorkbookOptions = {}): { book: FakeWorkbook; adapter: OfficeWorkbookAdapter } {
  const book = new FakeWorkbook(options);
  book.addSheet(FORM_SHEET, formRows(rows));
  return { book, adapter: new OfficeWorkbookAdapter(book.env()) };
}

export async function syncsOf(book: FakeWorkbook, work: () => Promise<unknown>): Promise<number> {
  const before = book.syncCount;
  await work();
  return book.syncCount - before;
}
