import { titleYearCheck } from "../../../src/core/checks/titleYear";
import { formSpec } from "../../../src/core/form/formSpec";
import { renderMessage } from "../../../src/core/issues/render";
import { goodRows, makeForm, runCheck } from "../../helpers/form";

describe("title-year-mismatch", () => {
  it("accepts the form's own year", () => {
    expect(runCheck(titleYearCheck, makeForm(goodRows({})))).toEqual([]);
  });

  it("flags last year's title at the title cell and offers the title with the year replaced", () => {
    const form = makeForm(goodRows({}), {
      titleYear: 2020,
      title: { value: "2020年工业企业质量标杆申报企业统计表", cell: "A2" },
    });
    const [issue, ...rest] = runCheck(titleYearCheck, form);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      code: "title-year-mismatch",
      severity: "warning",
      cell: "A2",
      params: { found: 2020, expected: 2021 },
      fix: "2021年工业企业质量标杆申报企业统计表",
    });
    expect(renderMessage(issue!, "zh")).toBe("标题年份为 2020 年，应为 2021 年");
    expect(renderMessage(issue!, "en")).toBe("The title says 2020; the form is for 2021");
  });

  it("compares with the year the validation is for", () => {
    expect(runCheck(titleYearCheck, makeForm(goodRows({})), { spec: formSpec(2022) })).toHaveLength(1);
  });

  it("says nothing when the title names no year", () => {
    const { titleYear: _titleYear, ...form } = makeForm(goodRows({}));
    expect(runCheck(titleYearCheck, form)).toEqual([]);
  });

  it("offers no fix when the title text does not hold the year as 年", () => {
    const form = makeForm(goodRows({}), { titleYear: 2020, title: { value: "工业企业质量标杆申报企业统计表（2020）", cell: "A2" } });
    const [issue] = runCheck(titleYearCheck, form);
    expect(issue?.code).toBe("title-year-mismatch");
    expect(issue).not.toHaveProperty("fix");
  });
});
