import { contactNameCheck } from "../../../src/core/checks/contactName";
import type { CellValue } from "../../../src/core/grid/cell";
import { renderMessage } from "../../../src/core/issues/render";
import { goodRows, makeForm, runCheck } from "../../helpers/form";
import { param } from "../../helpers/issues";

const check = (contact: CellValue) => runCheck(contactNameCheck, makeForm(goodRows({ contact })));

describe("contact-name-invalid", () => {
  it.each(["王芳", "欧阳小明", "李", "买买提·艾力", "John Smith", " 王芳 "])("accepts %p", (name) => {
    expect(check(name)).toEqual([]);
  });

  it.each([
    ["王芳13912345678", "phone"],
    ["0571-87654321", "phone"],
    ["王芳2", "digits"],
    ["王经理", "job-title"],
    ["张部长", "job-title"],
    ["李主任", "job-title"],
    ["总经理", "job-title"],
    ["王芳（质量部部长）", "job-title"],
    ["科长", "job-title"],
    ["赵总监", "job-title"],
    ["Tom Lee, Manager", "job-title"],
    ["王先生", "honorific"],
    ["李女士", "honorific"],
    ["王经理13912345678", "phone,job-title"],
  ])("refuses %p (%s)", (name, reason) => {
    const issues = check(name);
    expect(issues.map((i) => [i.code, i.cell, i.severity, param(i, "reason")])).toEqual([["contact-name-invalid", "J5", "error", reason]]);
  });

  it("reads a number stored in the cell as digits", () => {
    expect(check(13912345678).map((i) => param(i, "reason"))).toEqual(["phone"]);
  });

  it("says why, in both languages", () => {
    const [issue] = check("王经理");
    expect(renderMessage(issue!, "zh")).toBe("申报联系人“王经理”不是人名：含有职务，职务请填在“职务”栏");
    expect(renderMessage(issue!, "en")).toBe("Contact “王经理” is not a person's name: it holds a job title, which belongs in 职务");
  });

  it("says nothing about an empty cell", () => {
    expect(check(null)).toEqual([]);
  });
});
