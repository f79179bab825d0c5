import fc from "fast-check";
import type { CellValue } from "../../src/core/grid/cell";
import type { CellRange, Grid } from "../../src/core/grid/grid";
import { FORM_HEADINGS } from "./formRows";

/** Text a reader meets in real and broken forms, so that random grids hit the reader's branches. */
const formWords = fc.constantFrom(
  ...FORM_HEADINGS,
  "资产总额（万元）",
  "营业收入\n(万元)",
  "经济指标（万元）",
  "联系电话：",
  "填报人：张三",
  "时间：",
  "推荐单位（盖章）：",
  "金额单位：万元",
  "2021年工业企业质量标杆申报企业统计表",
  "二〇二一年",
  "合计",
  "小计",
  "注：往年省质量标杆请注明年度",
  "杭州市",
  "昆山市",
  "13912345678",
  "0571-87654321",
  "12,000.50",
  "１２３",
  "省质量标杆",
  "2019年省质量标杆",
  "杭州海康威视数字技术股份有限公司",
  "经验",
  "=SUM(A1)",
);

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  formWords,
  fc.double(),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.constantFrom(1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, -0),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom("#DIV/0!", "#N/A", "#REF!", "#VALUE!", "#NAME?").map((error) => ({ error })),
  fc.constant("长".repeat(32767)),
);

const merge: fc.Arbitrary<CellRange> = fc
  .record({ top: fc.integer({ min: 1, max: 40 }), left: fc.integer({ min: 1, max: 25 }), height: fc.nat(6), width: fc.nat(4) })
  .map(({ top, left, height, width }) => ({ top, left, bottom: top + height, right: left + width }));

/** Random sheets, most holding a form header, for property tests of the reader and the checks. */
export const grid: fc.Arbitrary<Grid> = fc
  .record({
    sheet: fc.string({ maxLength: 10 }),
    origin: fc.record({ row: fc.integer({ min: 1, max: 20 }), col: fc.integer({ min: 1, max: 8 }) }),
    values: fc.array(fc.array(cellValue, { maxLength: 18 }), { maxLength: 24 }),
    header: fc.option(fc.record({ row: fc.nat(23), col: fc.nat(4), keep: fc.array(fc.boolean(), { minLength: 13, maxLength: 13 }) })),
    merges: fc.array(merge, { maxLength: 6 }),
  })
  .map(({ sheet, origin, values, header, merges }) => {
    if (header !== null && values.length > 0) {
      // A real header row, some columns possibly blanked, so that most grids hold a form.
      const at = header.row % values.length;
      const row = [...(values[at] ?? [])];
      FORM_HEADINGS.forEach((h, i) => {
        row[header.col + i] = header.keep[i] || i % 2 === 0 ? h : null;
      });
      values[at] = row;
    }
    const shifted = merges.map((m) => ({
      top: m.top + origin.row - 1,
      left: m.left + origin.col - 1,
      bottom: m.bottom + origin.row - 1,
      right: m.right + origin.col - 1,
    }));
    return { sheet, origin, values, merges: shifted };
  });
