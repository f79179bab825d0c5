import { parseRange, parseSheetRange, rangeAddress } from "../../../src/core/grid/range";

describe("the one A1 range parser", () => {
  test("reads a cell and a range, with or without $", () => {
    expect(parseRange("B5")).toEqual({ top: 5, left: 2, bottom: 5, right: 2 });
    expect(parseRange("$A$5:$M$104")).toEqual({ top: 5, left: 1, bottom: 104, right: 13 });
  });

  test("orders the corners, however the range was written", () => {
    expect(parseRange("M104:A5")).toEqual({ top: 5, left: 1, bottom: 104, right: 13 });
    expect(parseRange("A104:M5")).toEqual({ top: 5, left: 1, bottom: 104, right: 13 });
  });

  test("refuses whole rows and columns and anything else", () => {
    for (const text of ["A:A", "5:5", "A1:B2:C3", "", "表1"]) expect(parseRange(text)).toBeUndefined();
  });

  test("splits a sheet-qualified range and writes a range back", () => {
    expect(parseSheetRange("'qbench''s lists'!$A$2:$A$40")).toEqual({
      sheet: "qbench's lists",
      range: { top: 2, left: 1, bottom: 40, right: 1 },
    });
    expect(rangeAddress({ top: 2, left: 1, bottom: 40, right: 1 })).toBe("A2:A40");
    expect(rangeAddress({ top: 3, left: 2, bottom: 3, right: 2 })).toBe("B3");
  });
});
