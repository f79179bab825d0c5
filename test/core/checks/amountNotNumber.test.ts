import { amountNotNumberCheck } from "../../../src/core/checks/amountNotNumber";
import { renderMessage } from "../../../src/core/issues/render";
import { goodRows, makeForm, runCheck } from "../../helpers/form";

describe("amount-not-number", () => {
  it("accepts numbers, text numbers and blanks (those are other rules' business)", () => {
    const form = makeForm(goodRows({}, { assets: "1,200" }, { revenue: null }));
    expect(runCheck(amountNotNumberCheck, form)).toEqual([]);
  });

  it("flags words, booleans, dates and error values at their cells", () => {
    const form = makeForm(
      goodRows({ assets: "未提供" }, { revenue: true }, { taxProfit: new Date(Date.UTC(2020, 11, 31)) }, { profit: { error: "#DIV/0!" } }),
    );
    const issues = runCheck(amountNotNumberCheck, form);
    expect(issues.map((i) => [i.code, i.severity, i.cell, i.column])).toEqual([
      ["amount-not-number", "error", "F5", "资产总额"],
      ["amount-not-number", "error", "G6", "营业收入"],
      ["amount-not-number", "error", "H7", "利税总额"],
      ["amount-not-number", "error", "I8", "利润总额"],
    ]);
    expect(renderMessage(issues[3]!, "zh")).toBe("“利润总额”的值“#DIV/0!”不是数字");
  });

  it("flags a unit word the sheet's unit cannot take", () => {
    const form = makeForm(goodRows({ assets: "1200万元" }), { moneyUnit: "美元" });
    expect(runCheck(amountNotNumberCheck, form).map((i) => i.cell)).toEqual(["F5"]);
  });
});
