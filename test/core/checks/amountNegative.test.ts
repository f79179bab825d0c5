import { amountNegativeCheck } from "../../../src/core/checks/amountNegative";
import { renderMessage } from "../../../src/core/issues/render";
import { goodRows, makeForm, runCheck } from "../../helpers/form";
import { param } from "../../helpers/issues";

describe("amount-negative", () => {
  it("accepts positive amounts and zero revenue or 利税", () => {
    expect(runCheck(amountNegativeCheck, makeForm(goodRows({}, { revenue: 0, taxProfit: 0 })))).toEqual([]);
  });

  it("flags negative 资产总额, 营业收入 and 利税总额, text numbers included", () => {
    const form = makeForm(goodRows({ assets: -1 }, { revenue: "-8,500" }, { taxProfit: -0.5 }));
    const issues = runCheck(amountNegativeCheck, form);
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ["amount-negative", "error", "F5"],
      ["amount-negative", "error", "G6"],
      ["amount-negative", "error", "H7"],
    ]);
    expect(renderMessage(issues[0]!, "zh")).toBe("“资产总额”为 -1，不能为负数");
    expect(renderMessage(issues[0]!, "en")).toBe("Total assets is -1: it cannot be negative");
  });

  it("flags 资产总额 of zero with its own reason", () => {
    const issues = runCheck(amountNegativeCheck, makeForm(goodRows({ assets: 0 })));
    expect(issues.map((i) => [i.cell, param(i, "reason")])).toEqual([["F5", "zero-assets"]]);
  });

  it("leaves a loss in 利润总额 to profit-not-positive", () => {
    expect(runCheck(amountNegativeCheck, makeForm(goodRows({ profit: -100 })))).toEqual([]);
  });
});
