import { parseQuotaTableJson, quotaForUnit, type QuotaTable } from "../../../src/core/quota/quotaTable";

function table(json: unknown): QuotaTable {
  const result = parseQuotaTableJson(json);
  if ("error" in result) throw new Error(result.error);
  return result;
}

describe("parseQuotaTableJson", () => {
  it("reads a list of unit entries", () => {
    expect(table([{ unit: "浙江省经济和信息化厅", total: 10, perCity: { 杭州市: 3 } }]).units).toEqual([
      { unit: "浙江省经济和信息化厅", total: 10, perCity: { 杭州市: 3 } },
    ]);
  });

  it("reads a map of unit to total or to a quota set", () => {
    expect(table({ 江苏省工业和信息化厅: 12, 宁波市经济和信息化局: { total: 4, earlierBenchmarks: 1 } }).units).toEqual([
      { unit: "江苏省工业和信息化厅", total: 12 },
      { unit: "宁波市经济和信息化局", total: 4, earlierBenchmarks: 1 },
    ]);
  });

  it.each<[string, unknown, RegExp]>([
    ["a negative limit", { 浙江省经信厅: -2 }, /浙江省经信厅/],
    ["an entry without unit", [{ total: 3 }], /\[0\]\.unit/],
    ["a mistyped key", [{ unit: "甲", totl: 3 }], /totl/],
    ["something that is no table", "10", /record/i],
    ["a unit listed twice", { 浙江省经济和信息化厅: 3, "浙江省经济和信息化厅（盖章）": 4 }, /重复/],
  ])("explains %s", (_what, json, message) => {
    const result = parseQuotaTableJson(json);
    expect("error" in result ? result.error : "").toMatch(message);
  });
});

describe("quotaForUnit", () => {
  const units = table({
    浙江省经济和信息化厅: 10,
    宁波市经济和信息化局: 4,
    新疆生产建设兵团工业和信息化局: 2,
    中国电子信息行业联合会: 6,
  });

  it.each([
    ["浙江省经济和信息化厅", 10],
    ["浙江省经济和信息化厅（盖章）", 10],
    [" 浙江省 经济和信息化厅 ", 10],
    ["浙江省经信厅", 10],
    ["浙江经信厅", 10],
    ["宁波市经信局", 4],
    ["新疆生产建设兵团工信局", 2],
    ["电子信息行业联合会", 6],
  ])("finds the quota of %p", (unit, total) => {
    expect(quotaForUnit(units, unit)?.total).toBe(total);
  });

  it("finds nothing for an unknown or blank unit", () => {
    expect(quotaForUnit(units, "江苏省工业和信息化厅")).toBeUndefined();
    expect(quotaForUnit(units, "（盖章）")).toBeUndefined();
  });

  it("refuses a short form two units share", () => {
    const twins = table({ 浙江省经济和信息化厅: 10, 浙江经济和信息化厅: 3 });
    expect(quotaForUnit(twins, "浙江省经信厅")).toBeUndefined();
    expect(quotaForUnit(twins, "浙江经济和信息化厅")?.total).toBe(3);
  });
});
