import { parseAddress } from "../../../src/core/grid/address";
import type { CellValue } from "../../../src/core/grid/cell";
import type { CellRange, Grid } from "../../../src/core/grid/grid";
import { FORM_HEADINGS, headerBlockRow } from "../../helpers/formRows";

/** One enterprise row in the form's column order, 序号 first. */
export function enterprise(seq: number, name = `杭州第${seq}机械制造有限公司`): CellValue[] {
  return [
    seq,
    name,
    `${name.slice(0, 4)}精益生产管理经验`,
    "杭州市",
    "通用设备制造业",
    12000,
    8500,
    1600,
    1200,
    "王芳",
    "质量部部长",
    "13912345678",
    null,
  ];
}

/** "D6:D8" → a merged range. */
export function range(a1: string): CellRange {
  const [from, to = from] = a1.split(":") as [string, string?];
  const a = parseAddress(from)!;
  const b = parseAddress(to)!;
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

export function grid(values: CellValue[][], opts: { sheet?: string; origin?: { row: number; col: number }; merges?: string[] } = {}): Grid {
  return {
    sheet: opts.sheet ?? "Sheet1",
    origin: opts.origin ?? { row: 1, col: 1 },
    values,
    merges: (opts.merges ?? []).map(range),
  };
}

/** The form as the template lays it out: header block in rows 1–3, header on row 4, data from row 5. */
export function templateRows(data: CellValue[][], year = 2021): CellValue[][] {
  return [
    ["附件3"],
    [`${year}年工业企业质量标杆申报企业统计表`],
    [...headerBlockRow(`${year}年6月1日`), "金额单位：万元"],
    [...FORM_HEADINGS],
    ...data,
    ["注：推荐申报全国质量标杆的往年全省质量标杆，请在备注栏注明公布年度。"],
  ];
}
