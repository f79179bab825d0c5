import { amountTextNumberCheck } from "../../../src/core/checks/amountTextNumber";
import { renderMessage } from "../../../src/core/issues/render";
import { goodRows, makeForm, runCheck } from "../../helpers/form";

describe("amount-text-number", () => {
  it("accepts numbers", () => {
    expect(runCheck(amountTextNumberCheck, makeForm(goodRows({}, {})))).toEqual([]);
  });

  it("offers the number as the fix for separators, full-width digits, spaces and unit words", () => {
    const form = makeForm(goodRows({ assets: "12,000.5" }, { revenue: "８５００" }, { taxProfit: " 1600 " }, { profit: "1200万元" }));
    const issues = runCheck(amountTextNumberCheck, form);
    expect(issues.map((i) => [i.code, i.severity, i.cell, i.value, i.fix])).toEqual([
      ["amount-text-number", "warning", "F5", "12,000.5", 12000.5],
      ["amount-text-number", "warning", "G6", "８５００", 8500],
      ["amount-text-number", "warning", "H7", " 1600 ", 1600],
      ["amount-text-number", "warning", "I8", "1200万元", 1200],
    ]);
    expect(renderMessage(issues[0]!, "zh")).toBe("“资产总额”的值“12,000.5”是文本形式的数字，应为 12000.5");
  });

  it("converts amounts given in 元 or 亿元 into the sheet's 万元", () => {
    const form = makeForm(goodRows({ assets: "1.2亿元", revenue: "85000000元" }));
    expect(runCheck(amountTextNumberCheck, form).map((i) => [i.cell, i.fix])).toEqual([
      ["F5", 12000],
      ["G5", 8500],
    ]);
  });

  it("converts to the unit the sheet states", () => {
    const form = makeForm(goodRows({ assets: "1.2亿元" }), { moneyUnit: "元" });
    expect(runCheck(amountTextNumberCheck, form).map((i) => i.fix)).toEqual([120000000]);
  });

  it("leaves words to amount-not-number", () => {
    expect(runCheck(amountTextNumberCheck, makeForm(goodRows({ assets: "暂无" })))).toEqual([]);
  });
});
