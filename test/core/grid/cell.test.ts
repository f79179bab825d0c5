import fc from "fast-check";
import { isBlank, isWhiteSpaceCode } from "../../../src/core/grid/cell";

describe("isBlank", () => {
  it("treats exactly the characters trim() removes as white space", () => {
    const disagreeing: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (isWhiteSpaceCode(c) !== (String.fromCharCode(c).trim() === "")) disagreeing.push(c);
    }
    expect(disagreeing).toEqual([]);
  });

  it("calls a cell blank when it is empty or only white space, as a clerk sees it", () => {
    expect(isBlank(null)).toBe(true);
    expect(isBlank("")).toBe(true);
    expect(isBlank(" \u3000\r\n\t\u00a0")).toBe(true);
    expect(isBlank(" 王芳 ")).toBe(false);
    expect(isBlank(0)).toBe(false);
    expect(isBlank(false)).toBe(false);
    expect(isBlank({ error: "#N/A" })).toBe(false);
  });

  it("agrees with trimming on any text", () => {
    const spacey = fc.constantFrom(" ", "\t", "\n", "\u3000", "\u00a0", "\u2028", "\ufeff", "a", "王", "\u200b");
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(spacey).map((a) => a.join("")),
        ),
        (text) => {
          expect(isBlank(text)).toBe(text.trim() === "");
        },
      ),
    );
  });
});
