import { canonicalDate, canonicalForm, canonicalNumber, canonicalValue, sealSnapshot } from "../../../src/core/seal/canonical";
import { goodRows, makeForm } from "../../helpers/form";

describe("canonicalNumber", () => {
  it.each([
    [1200, "1200"],
    [1200.5, "1200.5"],
    [0.1 + 0.2, "0.3"],
    [-0, "0"],
    [1e21, "1000000000000000000000"],
    [1.5e300, "15" + "0".repeat(299)],
    [1e-7, "0.0000001"],
    [-1234.5678, "-1234.5678"],
    [123456789.123456789, "123456789.123457"],
    [0.000123, "0.000123"],
    [99.99, "99.99"],
    [-1e-20, "-0.00000000000000000001"],
    [Number.NaN, "#NUM!"],
    [Number.POSITIVE_INFINITY, "#NUM!"],
  ])("%p → %s", (value, text) => {
    expect(canonicalNumber(value)).toBe(text);
  });

  it("never writes an exponent, a plus sign or a trailing zero", () => {
    for (let e = -30; e <= 30; e++) {
      const text = canonicalNumber(1.25 * 10 ** e);
      expect(text).toMatch(/^-?\d+(\.\d*[1-9])?$/);
    }
  });
});

describe("canonicalDate", () => {
  it("writes a date at midnight as YYYY-MM-DD", () => {
    expect(canonicalDate(new Date(Date.UTC(2021, 5, 1)))).toBe("2021-06-01");
  });
  it("writes a time of day in full, in whole seconds", () => {
    expect(canonicalDate(new Date(Date.UTC(2021, 5, 1, 8, 30, 15, 400)))).toBe("2021-06-01T08:30:15Z");
    expect(canonicalDate(new Date(Date.UTC(2021, 5, 1, 8, 30, 15, 600)))).toBe("2021-06-01T08:30:16Z");
  });
  it("reads an invalid date as #VALUE!", () => {
    expect(canonicalDate(new Date(Number.NaN))).toBe("#VALUE!");
  });
});

describe("canonicalValue", () => {
  it("trims, composes (NFC) and unifies line breaks, but keeps full-width characters", () => {
    expect(canonicalValue("  Cafe\u0301\r\n１２３\r（甲）\u3000")).toBe("Café\n１２３\n（甲）");
  });
  it("treats white space and null alike as blank", () => {
    expect(canonicalValue("  \t ")).toBe("");
    expect(canonicalValue(null)).toBe("");
  });
  it("writes booleans and errors as Excel shows them", () => {
    expect(canonicalValue(true)).toBe("TRUE");
    expect(canonicalValue(false)).toBe("FALSE");
    expect(canonicalValue({ error: "#DIV/0!" })).toBe("#DIV/0!");
  });
});

describe("canonicalForm", () => {
  it("starts with the version line and has one JSON line per header field and per row", () => {
    const text = canonicalForm(makeForm(goodRows({}, {})));
    const lines = text.split("\n");
    expect(lines[0]).toBe("qbench-seal-v1");
    expect(lines.at(-1)).toBe("");
    expect(lines.slice(1, -1).map((l) => (JSON.parse(l) as unknown[])[0])).toEqual(["header", "header", "header", "header", "row", "row"]);
  });

  it("keeps cells apart whatever they contain: quotes, commas, brackets and line breaks", () => {
    const split = makeForm(goodRows({ contact: "王芳", title: "质量部部长" }));
    const quoted = makeForm(goodRows({ contact: '王芳"],["K5","质量部部长', title: "" }));
    const lineBreak = makeForm(goodRows({ contact: "王芳\n质量部部长", title: "" }));
    const texts = new Set([split, quoted, lineBreak].map(canonicalForm));
    expect(texts.size).toBe(3);
    for (const t of texts) expect(t.split("\n")).toHaveLength(1 + 4 + 1 + 1);
  });

  it("does not depend on the cell's type when the sheet shows the same text", () => {
    expect(canonicalForm(makeForm(goodRows({ phone: 13912345678 })))).toBe(canonicalForm(makeForm(goodRows({ phone: "13912345678" }))));
  });
});

describe("sealSnapshot", () => {
  it("maps every header and data cell's address to its canonical value", () => {
    const snap = sealSnapshot(makeForm(goodRows({ assets: 1200.5, remark: " 2019年省质量标杆 " })));
    expect(snap["B3"]).toBe("浙江省经济和信息化厅");
    expect(snap["H3"]).toBe("2021-06-01");
    expect(snap["F5"]).toBe("1200.5");
    expect(snap["M5"]).toBe("2019年省质量标杆");
    expect(Object.keys(snap)).toHaveLength(4 + 13);
  });
});
