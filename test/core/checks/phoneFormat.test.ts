import { phoneFormatCheck } from "../../../src/core/checks/phoneFormat";
import type { CellValue } from "../../../src/core/grid/cell";
import { renderMessage } from "../../../src/core/issues/render";
import { goodRows, makeForm, runCheck } from "../../helpers/form";

const check = (phone: CellValue) => runCheck(phoneFormatCheck, makeForm(goodRows({ phone })));

describe("phone-invalid", () => {
  it.each(["13912345678", "0571-87654321", "0571-87654321转123", "13912345678、0571-87654321"])("accepts %p", (phone) => {
    expect(check(phone)).toEqual([]);
  });

  it.each(["87654321", "1391234567", "王芳", "400-123-4567", "13912345678、待定"])("refuses %p", (phone) => {
    const issues = check(phone);
    expect(issues.map((i) => [i.code, i.cell, i.severity])).toEqual([["phone-invalid", "L5", "error"]]);
    expect(issues[0]).not.toHaveProperty("fix");
  });

  it("says so in both languages", () => {
    const [issue] = check("87654321");
    expect(renderMessage(issue!, "zh")).toBe("联系方式“87654321”不是有效的手机号或固定电话");
    expect(renderMessage(issue!, "en")).toBe("“87654321” is not a valid mobile or landline number");
  });

  it("leaves an empty cell to value-missing", () => {
    expect(check(null)).toEqual([]);
  });
});

describe("phone-normalizable", () => {
  it.each([
    ["(0571)87654321", "0571-87654321"],
    ["139 1234 5678", "13912345678"],
    ["+86 139 1234 5678", "13912345678"],
    ["0571 8765 4321", "0571-87654321"],
    ["139 1234 5678、（0571）87654321", "13912345678、0571-87654321"],
  ])("offers %p written as %p", (phone, fix) => {
    const issues = check(phone);
    expect(issues.map((i) => [i.code, i.severity, i.fix])).toEqual([["phone-normalizable", "warning", fix]]);
  });

  it("offers a number stored as a NUMBER as text, saying why", () => {
    const issues = check(13912345678);
    expect(issues.map((i) => [i.code, i.value, i.fix])).toEqual([["phone-normalizable", 13912345678, "13912345678"]]);
    expect(renderMessage(issues[0]!, "zh")).toContain("宜写作“13912345678”（单元格为数字格式");
    expect(renderMessage(issues[0]!, "en")).toContain("the cell holds a number");
  });

  it("restores the 0 of a landline stored as a NUMBER", () => {
    expect(check(57187654321).map((i) => i.fix)).toEqual(["0571-87654321"]);
  });

  it("says nothing more for a tidy number", () => {
    expect(
      renderMessage({ code: "phone-normalizable", severity: "warning", sheet: "S", value: "139 1234 5678", fix: "13912345678" }, "zh"),
    ).toBe("联系方式“139 1234 5678”宜写作“13912345678”");
  });
});
