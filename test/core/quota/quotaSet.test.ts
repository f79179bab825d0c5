import { QuotaSetSchema } from "../../../src/core/quota/quotaSet";

describe("QuotaSetSchema", () => {
  it("accepts every limit as a non-negative integer", () => {
    const quota = {
      unit: "浙江省经济和信息化厅",
      total: 10,
      perCity: { 杭州市: 3 },
      perSection: { C: 8 },
      perDivision: { "39": 2 },
      earlierBenchmarks: 0,
    };
    expect(QuotaSetSchema.parse(quota)).toEqual(quota);
    expect(QuotaSetSchema.parse({})).toEqual({});
  });

  it.each<[string, unknown]>([
    ["a negative total", { total: -1 }],
    ["a fractional limit", { perCity: { 杭州市: 1.5 } }],
    ["a section that is no letter A–T", { perSection: { Z: 1 } }],
    ["a division that is no two-digit code", { perDivision: { "391": 1 } }],
    ["a mistyped key", { totl: 3 }],
    ["a limit given as text", { total: "10" }],
  ])("refuses %s", (_what, quota) => {
    expect(QuotaSetSchema.safeParse(quota).success).toBe(false);
  });
});
