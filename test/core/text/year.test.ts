import { findYears } from "../../../src/core/text/year";

describe("findYears", () => {
  it.each([
    ["2019年全省质量标杆", [2019]],
    ["2019年度", [2019]],
    ["（2019）", [2019]],
    ["２０１９年", [2019]],
    ["二〇一九年度省质量标杆", [2019]],
    ["二零一九年", [2019]],
    ["二○一九", [2019]],
    ["19年省质量标杆", [2019]],
    ["一九年省级质量标杆", [2019]],
    ["2018年、2020年省质量标杆", [2018, 2020]],
    ["2019.12 公布", [2019]],
  ])("finds the years in %p", (text, years) => {
    expect(findYears(text)).toEqual(years);
  });

  it.each(["省质量标杆", "连续10年盈利", "10年来", "近20年", "营业收入2050万元", "利润2019.5万元", "电话87654321", "第12届"])(
    "finds no year in %p",
    (text) => {
      expect(findYears(text)).toEqual([]);
    },
  );

  it("keeps to plausible years", () => {
    expect(findYears("1900年")).toEqual([]);
    expect(findYears("2150年")).toEqual([]);
  });
});
