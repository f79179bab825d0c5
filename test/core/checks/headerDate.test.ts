import { headerDateCheck } from "../../../src/core/checks/headerDate";
import type { FormSheet } from "../../../src/core/form/formSheet";
import type { CellValue } from "../../../src/core/grid/cell";
import { renderMessage } from "../../../src/core/issues/render";
import { goodRows, makeForm, runCheck } from "../../helpers/form";

function withDate(value: CellValue | undefined): FormSheet {
  const form = makeForm(goodRows({}));
  const header = { ...form.header };
  if (value === undefined) delete header.date;
  else header.date = { value, cell: "H3" };
  return { ...form, header };
}

const today = new Date(Date.UTC(2021, 5, 15)); // 2021-06-15

describe("date-invalid", () => {
  it.each(["2021年6月1日", "2021-06-01", "2021/6/1", "2021.6.1", "２０２１年６月１日", "二〇二一年六月一日", 44348])(
    "accepts %p",
    (value) => {
      expect(runCheck(headerDateCheck, withDate(value), { today })).toEqual([]);
    },
  );

  it("takes the template's blank date as not filled in", () => {
    const issues = runCheck(headerDateCheck, withDate("2021年  月  日"), { today });
    expect(issues.map((i) => [i.code, i.cell, i.severity])).toEqual([["date-invalid", "H3", "error"]]);
    expect(renderMessage(issues[0]!, "zh")).toBe("时间未填写");
    expect(renderMessage(issues[0]!, "en")).toBe("The date is not filled in");
  });

  it("reports a missing date field", () => {
    expect(runCheck(headerDateCheck, withDate(undefined), { today }).map((i) => i.code)).toEqual(["date-invalid"]);
  });

  it("reports text that is no date, quoting it", () => {
    const issues = runCheck(headerDateCheck, withDate("2021年2月30日"), { today });
    expect(issues.map((i) => i.code)).toEqual(["date-invalid"]);
    expect(renderMessage(issues[0]!, "zh")).toBe("时间“2021年2月30日”不是有效日期");
    expect(renderMessage(issues[0]!, "en")).toBe("The date “2021年2月30日” is not a valid date");
  });
});

describe("date-out-of-range", () => {
  it("accepts today itself", () => {
    expect(runCheck(headerDateCheck, withDate("2021年6月15日"), { today })).toEqual([]);
  });

  it("flags tomorrow", () => {
    const issues = runCheck(headerDateCheck, withDate("2021年6月16日"), { today });
    expect(issues.map((i) => [i.code, i.severity])).toEqual([["date-out-of-range", "warning"]]);
    expect(renderMessage(issues[0]!, "zh")).toBe("时间 2021-06-16 晚于今天");
    expect(renderMessage(issues[0]!, "en")).toBe("The date 2021-06-16 is later than today");
  });

  it("flags a date outside the form's year", () => {
    const issues = runCheck(headerDateCheck, withDate(new Date(Date.UTC(2020, 11, 31))), { today });
    expect(issues.map((i) => i.code)).toEqual(["date-out-of-range"]);
    expect(renderMessage(issues[0]!, "zh")).toBe("时间 2020-12-31 不在 2021 年内");
    expect(renderMessage(issues[0]!, "en")).toBe("The date 2020-12-31 is not in 2021");
  });

  it("names both faults of a date next year", () => {
    const issues = runCheck(headerDateCheck, withDate("2022-01-05"), { today });
    expect(issues).toHaveLength(1);
    expect(renderMessage(issues[0]!, "zh")).toBe("时间 2022-01-05 晚于今天；不在 2021 年内");
  });
});
