import { cleanSheetName, freeSheetName, MAX_SHEET_NAME } from "../../../src/core/workbook";

describe("cleanSheetName keeps to Excel's rules for a sheet name", () => {
  test.each([
    ["2021/06 汇总[终稿]?", "202106 汇总终稿"],
    ["'quoted'", "quoted"],
    ["  '' ", "Sheet"],
    ["a:b\\c*d", "abcd"],
    ["tab\there", "tabhere"],
  ])("%j becomes %j", (requested, cleaned) => expect(cleanSheetName(requested)).toBe(cleaned));

  test("a long name is cut to 31 characters without splitting a character outside the BMP or ending on an apostrophe", () => {
    expect(cleanSheetName("x".repeat(30) + "😀")).toBe("x".repeat(30));
    expect(cleanSheetName("y".repeat(30) + "'z")).toBe("y".repeat(30));
    expect(cleanSheetName("工".repeat(40))).toHaveLength(MAX_SHEET_NAME);
  });
});

describe("freeSheetName never takes a name in use", () => {
  test("a taken name, in any case, gets the first free (n)", () => {
    expect(freeSheetName("Form", ["form", "FORM (2)"])).toBe("Form (3)");
  });

  test("History is Excel's own and never given", () => {
    expect(freeSheetName("history", [])).toBe("history (2)");
  });

  test("the numbered variant still fits 31 characters", () => {
    const long = "申".repeat(31);
    const name = freeSheetName(long, [long]);
    expect(name).toBe("申".repeat(27) + " (2)");
  });

  test("the name is cleaned before it is compared", () => {
    expect(freeSheetName("a/b", ["ab"])).toBe("ab (2)");
  });
});
