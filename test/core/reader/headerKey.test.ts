import { columnKeyOf, headerKey, headerUnit } from "../../../src/core/reader";

describe("headerKey", () => {
  it.each([
    ["资产总额（万元）", "资产总额"],
    ["资产总额(万元)", "资产总额"],
    ["营业收入\n（万元）", "营业收入"],
    ["利税总额/万元", "利税总额"],
    [" 序　号 ", "序号"],
    ["*申报企业名称", "申报企业名称"],
    ["所属行业【大类】", "所属行业"],
    ["2020年营业收入", "营业收入"],
    ["上年度利润总额（万元）", "利润总额"],
    ["no.", "NO"],
  ])("keys %j as %s", (text, key) => {
    expect(headerKey(text)).toBe(key);
  });
});

describe("columnKeyOf", () => {
  it.each([
    ["申报企业名称", "enterprise"],
    ["企业名称", "enterprise"],
    ["申报联系人", "contact"],
    ["联系人", "contact"],
    ["联系电话", "phone"],
    ["电话", "phone"],
    ["所属行业", "industry"],
    ["行业", "industry"],
    ["城市", "city"],
    ["地市", "city"],
    ["2020年营业收入（万元）", "revenue"],
  ])("reads %s as %s", (text, key) => {
    expect(columnKeyOf(text)).toBe(key);
  });

  it.each([["杭州市"], ["13912345678"], ["净利润"], ["填报人：张三"], ["2021年工业企业质量标杆申报企业统计表"], [""]])(
    "reads %j as no column",
    (text) => {
      expect(columnKeyOf(text)).toBeUndefined();
    },
  );
});

describe("headerUnit", () => {
  it.each([
    ["资产总额（万元）", "万元"],
    ["经济指标(单位：万元)", "万元"],
    ["营业收入 元", "元"],
    ["资产总额", undefined],
    ["万元", undefined],
  ])("finds the unit of %j: %s", (text, unit) => {
    expect(headerUnit(text)).toBe(unit);
  });
});
