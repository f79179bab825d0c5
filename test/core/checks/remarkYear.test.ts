import { remarkYearCheck } from "../../../src/core/checks/remarkYear";
import { formSpec } from "../../../src/core/form/formSpec";
import type { CellValue } from "../../../src/core/grid/cell";
import { renderMessage } from "../../../src/core/issues/render";
import { goodRows, makeForm, runCheck } from "../../helpers/form";

const check = (remark: CellValue) => runCheck(remarkYearCheck, makeForm(goodRows({ remark })));

describe("remark-year-missing", () => {
  it.each([null, "", "无", "专精特新企业", "2020年全国质量标杆", "非省质量标杆"])("ignores %p", (remark) => {
    expect(check(remark)).toEqual([]);
  });

  it.each(["2019年全省质量标杆", "二〇一九年度省质量标杆", "省级质量标杆（2020年）", "19年浙江省质量标杆"])("accepts %p", (remark) => {
    expect(check(remark)).toEqual([]);
  });

  it.each(["省质量标杆", "往年全省质量标杆", "省级质量标杆企业"])("flags %p without a year", (remark) => {
    const issues = check(remark);
    expect(issues.map((i) => [i.code, i.cell, i.severity])).toEqual([["remark-year-missing", "M5", "error"]]);
  });

  it("says so in both languages", () => {
    const [issue] = check("省质量标杆");
    expect(renderMessage(issue!, "zh")).toBe("备注写明为往年省质量标杆，但未注明公布年度");
    expect(renderMessage(issue!, "en")).toBe("The remark names an earlier provincial benchmark but gives no year");
  });
});

describe("remark-year-invalid", () => {
  it("flags the form's own year and later ones", () => {
    for (const remark of ["2021年省质量标杆", "二〇二二年省质量标杆"]) {
      const issues = check(remark);
      expect(issues.map((i) => i.code)).toEqual(["remark-year-invalid"]);
    }
    const [issue] = check("2021年省质量标杆");
    expect(issue?.params).toEqual({ year: 2021, formYear: 2021 });
    expect(renderMessage(issue!, "zh")).toBe("备注中的公布年度 2021 应早于 2021 年");
    expect(renderMessage(issue!, "en")).toBe("The year 2021 in the remark must be before 2021");
  });

  it("accepts the year before the form's", () => {
    expect(check("2020年省质量标杆")).toEqual([]);
  });

  it("is content when one of several years is earlier", () => {
    expect(check("2018年省质量标杆，2021年复评")).toEqual([]);
  });

  it("compares with the year the validation is for", () => {
    const issues = runCheck(remarkYearCheck, makeForm(goodRows({ remark: "2021年省质量标杆" })), { spec: formSpec(2022) });
    expect(issues).toEqual([]);
  });
});
