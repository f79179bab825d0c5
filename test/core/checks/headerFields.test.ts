import { headerFieldsCheck } from "../../../src/core/checks/headerFields";
import type { FormSheet } from "../../../src/core/form/formSheet";
import type { CellValue } from "../../../src/core/grid/cell";
import { renderMessage } from "../../../src/core/issues/render";
import { goodRows, makeForm, runCheck } from "../../helpers/form";

type HeaderKey = "unit" | "filler" | "fillerPhone" | "date";

/** The helper's form with one header field changed (undefined: the reader did not find it). */
function withHeader(key: HeaderKey, value: CellValue | undefined): FormSheet {
  const form = makeForm(goodRows({}));
  const header = { ...form.header };
  if (value === undefined) delete header[key];
  else header[key] = { value, cell: header[key]!.cell };
  return { ...form, header };
}

const codes = (form: FormSheet) => runCheck(headerFieldsCheck, form).map((i) => i.code);

describe("header fields", () => {
  it("accepts a complete header block", () => {
    expect(codes(makeForm(goodRows({})))).toEqual([]);
  });

  it.each([
    ["unit", "unit-missing"],
    ["filler", "filler-missing"],
  ] as const)("reports a blank %s at its cell", (key, code) => {
    for (const v of [null, "", "  "]) {
      const issues = runCheck(headerFieldsCheck, withHeader(key, v));
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ code, severity: "error", cell: key === "unit" ? "B3" : "D3" });
    }
  });

  it("reports a field the reader did not find, without a cell", () => {
    const issues = runCheck(headerFieldsCheck, withHeader("unit", undefined));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe("unit-missing");
    expect(issues[0]).not.toHaveProperty("cell");
  });

  it("says which way the header phone is wrong", () => {
    const missing = runCheck(headerFieldsCheck, withHeader("fillerPhone", null));
    expect(missing.map((i) => [i.code, i.cell])).toEqual([["filler-phone-invalid", "F3"]]);
    expect(renderMessage(missing[0]!, "zh")).toBe("表头联系电话未填写");
    expect(renderMessage(missing[0]!, "en")).toBe("The header phone is blank");

    const wrong = runCheck(headerFieldsCheck, withHeader("fillerPhone", "8765432"));
    expect(wrong.map((i) => i.code)).toEqual(["filler-phone-invalid"]);
    expect(renderMessage(wrong[0]!, "zh")).toBe("表头联系电话“8765432”不是有效的手机号或固定电话");
    expect(renderMessage(wrong[0]!, "en")).toBe("The header phone “8765432” is not a valid mobile or landline number");
  });

  it("accepts any phone the 联系方式 column accepts, in any spelling", () => {
    for (const v of ["13912345678", "(0571)87654321", 13912345678, "0571-87654321、13912345678"]) {
      expect(codes(withHeader("fillerPhone", v))).toEqual([]);
    }
  });
});
