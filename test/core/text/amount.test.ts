import { amountValue, parseAmount, roundMoney, unitExponent } from "../../../src/core/text/amount";

describe("parseAmount", () => {
  it("reads numbers as numbers", () => {
    expect(parseAmount(1234.5)).toEqual({ kind: "number", value: 1234.5 });
    expect(parseAmount(-3)).toEqual({ kind: "number", value: -3 });
    expect(parseAmount(0)).toEqual({ kind: "number", value: 0 });
  });

  it("treats empty and white-space cells as blank", () => {
    expect(parseAmount(null)).toEqual({ kind: "blank" });
    expect(parseAmount("  \u3000 ")).toEqual({ kind: "blank" });
  });

  it.each([
    ["1,234.5", 1234.5],
    ["12,345,678", 12345678],
    ["１２３４", 1234],
    ["１，２３４．５", 1234.5],
    [" 800 ", 800],
    ["800.00", 800],
    ["-12.5", -12.5],
    ["－１２", -12],
    ["¥1,200", 1200],
    ["1.2E+3", 1200],
  ])("reads the text %p as the number %p", (text, value) => {
    expect(parseAmount(text)).toEqual({ kind: "text-number", value });
  });

  it.each([
    ["1200万元", 1200, "万元"],
    ["1200万", 1200, "万"],
    ["1,200 万元", 1200, "万元"],
    ["1200（万元）", 1200, "万元"],
    ["0.12亿元", 1200, "亿元"],
    ["3亿", 30000, "亿"],
    ["1200元", 0.12, "元"],
    ["12345678元", 1234.5678, "元"],
    ["500千元", 50, "千元"],
  ])("converts %p to %p 万元", (text, value, unitWord) => {
    expect(parseAmount(text)).toEqual({ kind: "text-number", value, unitWord });
  });

  it("converts to the sheet's own unit", () => {
    expect(parseAmount("1200万元", "元")).toEqual({ kind: "text-number", value: 12000000, unitWord: "万元" });
    expect(parseAmount("1.5亿元", "亿元")).toEqual({ kind: "text-number", value: 1.5, unitWord: "亿元" });
  });

  it("refuses a unit word it cannot convert to an unknown sheet unit", () => {
    expect(parseAmount("1200万元", "美元")).toEqual({ kind: "not-number" });
    expect(parseAmount("1200", "美元")).toEqual({ kind: "text-number", value: 1200 });
  });

  it.each<[string, unknown]>([
    ["words", "约一千万"],
    ["approximate figure", "1200左右"],
    ["misplaced separators", "1,2345"],
    ["two numbers", "12 34"],
    ["a percentage", "12%"],
    ["a lone sign", "-"],
    ["a boolean", true],
    ["a date", new Date(Date.UTC(2021, 0, 1))],
    ["an error value", { error: "#DIV/0!" }],
    ["infinity", Number.POSITIVE_INFINITY],
    ["NaN", Number.NaN],
  ])("calls %s no number", (_what, value) => {
    expect(parseAmount(value as Parameters<typeof parseAmount>[0])).toEqual({ kind: "not-number" });
  });

  it("gives the amount of numbers and text numbers only", () => {
    expect(amountValue("2,000")).toBe(2000);
    expect(amountValue(7)).toBe(7);
    expect(amountValue("n/a")).toBeUndefined();
    expect(amountValue(null)).toBeUndefined();
  });

  it("knows the money units as powers of ten of 元", () => {
    expect(unitExponent("万元")).toBe(4);
    expect(unitExponent("元")).toBe(0);
    expect(unitExponent("美元")).toBeUndefined();
  });

  it("rounds to cents", () => {
    expect(roundMoney(0.1 + 0.2)).toBe(0.3);
    expect(roundMoney(1234.567)).toBe(1234.57);
  });
});
