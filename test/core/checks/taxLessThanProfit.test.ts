import { taxLessThanProfitCheck } from "../../../src/core/checks/taxLessThanProfit";
import { renderMessage } from "../../../src/core/issues/render";
import { goodRows, makeForm, runCheck } from "../../helpers/form";
import { param } from "../../helpers/issues";

describe("tax-less-than-profit", () => {
  it("accepts 利税 at or above 利润", () => {
    expect(runCheck(taxLessThanProfitCheck, makeForm(goodRows({}, { taxProfit: 1200, profit: 1200 })))).toEqual([]);
  });

  it("flags 利税 below 利润 at the 利税总额 cell, naming the profit", () => {
    const issues = runCheck(taxLessThanProfitCheck, makeForm(goodRows({ taxProfit: 1000, profit: 1200 })));
    expect(issues.map((i) => [i.code, i.severity, i.cell, param(i, "profit")])).toEqual([["tax-less-than-profit", "error", "H5", 1200]]);
    expect(renderMessage(issues[0]!, "zh")).toBe("利税总额 1000 小于利润总额 1200（利税 = 利润 + 税金）");
  });

  it("compares text numbers by what they say", () => {
    const issues = runCheck(taxLessThanProfitCheck, makeForm(goodRows({ taxProfit: "1,000", profit: "１２００" })));
    expect(issues.map((i) => i.cell)).toEqual(["H5"]);
  });

  it("ignores differences below a cent", () => {
    expect(runCheck(taxLessThanProfitCheck, makeForm(goodRows({ taxProfit: 0.1 + 0.2, profit: 0.3 })))).toEqual([]);
  });

  it("stays silent when either amount is no number", () => {
    const form = makeForm(goodRows({ taxProfit: "不详", profit: 1200 }, { taxProfit: 100, profit: null }));
    expect(runCheck(taxLessThanProfitCheck, form)).toEqual([]);
  });
});
