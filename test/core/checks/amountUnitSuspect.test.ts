import fc from "fast-check";
import { amountUnitSuspectCheck } from "../../../src/core/checks/amountUnitSuspect";
import { renderMessage } from "../../../src/core/issues/render";
import { goodRows, makeForm, runCheck } from "../../helpers/form";
import { param } from "../../helpers/issues";

describe("amount-unit-suspect", () => {
  it("accepts a sheet of ordinary enterprises of very different sizes", () => {
    const form = makeForm(goodRows({ assets: 800 }, { assets: 12000 }, { assets: 2_000_000 }, { assets: 95_000 }));
    expect(runCheck(amountUnitSuspectCheck, form)).toEqual([]);
  });

  it("flags an amount about 10⁴ times the column's median", () => {
    const form = makeForm(goodRows({}, { revenue: 85_000_000 }, {}, {}));
    const issues = runCheck(amountUnitSuspectCheck, form);
    expect(issues.map((i) => [i.code, i.severity, i.cell, param(i, "median")])).toEqual([["amount-unit-suspect", "warning", "G6", 8500]]);
    expect(renderMessage(issues[0]!, "zh")).toBe("“营业收入”为 85000000，疑似以元而非万元填报");
  });

  it("needs three rows before it trusts a median", () => {
    expect(runCheck(amountUnitSuspectCheck, makeForm(goodRows({}, { revenue: 85_000_000 })))).toEqual([]);
  });

  it("flags an absurd amount even on a one-row sheet, per column", () => {
    const form = makeForm(goodRows({ assets: 120_005_000, revenue: 85_000_000, taxProfit: 16_000_000, profit: 12_000_000 }));
    expect(runCheck(amountUnitSuspectCheck, form).map((i) => i.cell)).toEqual(["F5"]);
    const profits = makeForm(goodRows({ taxProfit: 60_000_000, profit: 25_000_000 }));
    expect(runCheck(amountUnitSuspectCheck, profits).map((i) => i.cell)).toEqual(["H5", "I5"]);
  });

  it("reads text numbers too", () => {
    expect(runCheck(amountUnitSuspectCheck, makeForm(goodRows({ assets: "120,005,000" }))).map((i) => i.cell)).toEqual(["F5"]);
  });

  it("scales its limits to the sheet's unit and stays silent on a sheet kept in 元", () => {
    const huge = goodRows({ assets: 120_005_000 });
    expect(runCheck(amountUnitSuspectCheck, makeForm(huge, { moneyUnit: "元" }))).toEqual([]);
    expect(runCheck(amountUnitSuspectCheck, makeForm(huge, { moneyUnit: "千元" }))).toEqual([]);
    expect(runCheck(amountUnitSuspectCheck, makeForm(goodRows({ assets: 20_000 }), { moneyUnit: "亿元" }))).toHaveLength(1);
  });

  it("flags exactly the amounts at least 10^3.5 times the column's median, for any sheet", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 3, maxLength: 40 }), (revenues) => {
        const sorted = [...revenues].sort((a, b) => a - b);
        const mid = sorted.length >> 1;
        const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
        const form = makeForm(goodRows(...revenues.map((revenue) => ({ revenue, profit: 1 }))));
        const flagged = runCheck(amountUnitSuspectCheck, form).filter((i) => i.column === "营业收入");
        expect(flagged.map((i) => i.value)).toEqual(revenues.filter((r) => r >= median * 10 ** 3.5));
        for (const issue of flagged) expect(param(issue, "median")).toBe(median);
      }),
    );
  });
});
