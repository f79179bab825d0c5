import { profitNotPositiveCheck } from "../../../src/core/checks/profitNotPositive";
import { goodRows, makeForm, runCheck } from "../../helpers/form";

describe("profit-not-positive", () => {
  it("accepts a profit, stored as number or text", () => {
    expect(runCheck(profitNotPositiveCheck, makeForm(goodRows({}, { profit: "0.01" })))).toEqual([]);
  });

  it("flags a loss and a zero profit as errors", () => {
    const issues = runCheck(profitNotPositiveCheck, makeForm(goodRows({ profit: -20 }, { profit: 0 }, { profit: "0" })));
    expect(issues.map((i) => [i.code, i.severity, i.cell, i.value])).toEqual([
      ["profit-not-positive", "error", "I5", -20],
      ["profit-not-positive", "error", "I6", 0],
      ["profit-not-positive", "error", "I7", "0"],
    ]);
  });

  it("says nothing about a profit that is no number", () => {
    expect(runCheck(profitNotPositiveCheck, makeForm(goodRows({ profit: "亏损" }, { profit: null })))).toEqual([]);
  });
});
