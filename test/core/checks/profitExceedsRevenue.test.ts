import { profitExceedsRevenueCheck } from "../../../src/core/checks/profitExceedsRevenue";
import { renderMessage } from "../../../src/core/issues/render";
import { goodRows, makeForm, runCheck } from "../../helpers/form";
import { param } from "../../helpers/issues";

describe("profit-exceeds-revenue", () => {
  it("accepts profit up to revenue", () => {
    expect(runCheck(profitExceedsRevenueCheck, makeForm(goodRows({}, { revenue: 500, profit: 500 })))).toEqual([]);
  });

  it("warns at the 利润总额 cell, naming the revenue", () => {
    const issues = runCheck(profitExceedsRevenueCheck, makeForm(goodRows({ revenue: 800, profit: "1,200" })));
    expect(issues.map((i) => [i.code, i.severity, i.cell, param(i, "revenue")])).toEqual([
      ["profit-exceeds-revenue", "warning", "I5", 800],
    ]);
    expect(renderMessage(issues[0]!, "en")).toBe("Total profit 1,200 exceeds operating revenue 800");
  });

  it("stays silent when either amount is no number", () => {
    const form = makeForm(goodRows({ revenue: { error: "#N/A" }, profit: 1200 }, { revenue: 100, profit: "盈利" }));
    expect(runCheck(profitExceedsRevenueCheck, form)).toEqual([]);
  });
});
