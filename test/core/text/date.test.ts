import { parseDate } from "../../../src/core/text/date";

const JUNE_FIRST = { kind: "date", date: { year: 2021, month: 6, day: 1 } };

describe("parseDate", () => {
  it.each([
    "2021年6月1日",
    "2021年06月01日",
    "2021 年 6 月 1 日",
    "2021年6月1号",
    "2021-06-01",
    "2021/6/1",
    "2021.6.1",
    "20210601",
    "2021-06-01 09:30:00",
    "２０２１年６月１日",
    "二〇二一年六月一日",
    "二零二一年六月一日",
  ])("reads %p", (text) => {
    expect(parseDate(text)).toEqual(JUNE_FIRST);
  });

  it("reads counting numerals for month and day", () => {
    expect(parseDate("二〇二一年十二月三十一日")).toEqual({ kind: "date", date: { year: 2021, month: 12, day: 31 } });
    expect(parseDate("二〇二一年十月二十日")).toEqual({ kind: "date", date: { year: 2021, month: 10, day: 20 } });
  });

  it("reads Date values in UTC and Excel serial numbers", () => {
    expect(parseDate(new Date(Date.UTC(2021, 5, 1)))).toEqual(JUNE_FIRST);
    expect(parseDate(44348)).toEqual(JUNE_FIRST);
    expect(parseDate(44348.75)).toEqual(JUNE_FIRST);
    expect(parseDate(20210601)).toEqual(JUNE_FIRST);
  });

  it("takes the template's placeholder and empty cells as blank", () => {
    for (const v of [null, "", "  ", "2021年  月  日", "年月日", "二〇二一年  月  日"]) expect(parseDate(v)).toEqual({ kind: "blank" });
  });

  it.each(["2021年2月29日", "2021-13-01", "2021/6/31", "2021年6月", "2021", "六月一日", "明天", "2021-6/1"])("refuses %p", (text) => {
    expect(parseDate(text)).toEqual({ kind: "invalid" });
  });

  it("refuses numbers that are no plausible date, and other cell kinds", () => {
    for (const v of [5, 1e9, -1, Number.NaN, true, { error: "#VALUE!" }, new Date(Number.NaN)]) {
      expect(parseDate(v)).toEqual({ kind: "invalid" });
    }
  });

  it("knows leap years", () => {
    expect(parseDate("2020年2月29日")).toEqual({ kind: "date", date: { year: 2020, month: 2, day: 29 } });
  });
});
