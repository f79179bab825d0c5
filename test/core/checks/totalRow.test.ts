import { totalRowCheck } from "../../../src/core/checks/totalRow";
import { COLUMN_KEYS, type ColumnKey } from "../../../src/core/form/columns";
import type { TotalRow } from "../../../src/core/form/formSheet";
import type { CellValue } from "../../../src/core/grid/cell";
import { renderMessage } from "../../../src/core/issues/render";
import { goodRows, makeForm, runCheck } from "../../helpers/form";
import { param } from "../../helpers/issues";

function totalRow(rowNumber: number, cells: Partial<Record<ColumnKey, CellValue>>): TotalRow {
  return { rowNumber, values: COLUMN_KEYS.map((k) => (k === "seq" ? "合计" : (cells[k] ?? null))) };
}

describe("total-row-mismatch", () => {
  const rows = goodRows({ assets: 100.1, revenue: 50 }, { assets: 200.2, revenue: "1,000" }, { assets: 0.3, revenue: 7 });

  it("says nothing without a total row", () => {
    expect(runCheck(totalRowCheck, makeForm(rows))).toEqual([]);
  });

  it("accepts sums that agree to the cent, text numbers included", () => {
    const form = makeForm(rows, {
      totalRow: totalRow(8, { assets: 300.6, revenue: "1,057", taxProfit: 4800, profit: 3600.004 }),
    });
    expect(runCheck(totalRowCheck, form)).toEqual([]);
  });

  it("flags each money column whose total differs, at the total row's cell", () => {
    const form = makeForm(rows, { totalRow: totalRow(8, { assets: 300.61, revenue: 1057, taxProfit: 4000, profit: 3600 }) });
    const issues = runCheck(totalRowCheck, form);
    expect(issues.map((i) => [i.code, i.severity, i.row, i.cell, i.column, i.value, param(i, "expected")])).toEqual([
      ["total-row-mismatch", "warning", 8, "F8", "资产总额", 300.61, 300.6],
      ["total-row-mismatch", "warning", 8, "H8", "利税总额", 4000, 4800],
    ]);
    expect(renderMessage(issues[1]!, "zh")).toBe("合计行的“利税总额”为 4000，上方各行之和为 4800");
  });

  it("skips blank total cells and columns holding a cell that is no number", () => {
    const broken = goodRows({ assets: "不详" }, { assets: 5 });
    const form = makeForm(broken, { totalRow: totalRow(7, { assets: 99 }) });
    expect(runCheck(totalRowCheck, form)).toEqual([]);
  });
});
