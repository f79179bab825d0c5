import { valueMissingCheck } from "../../../src/core/checks/valueMissing";
import { COLUMN_INDEX, REQUIRED_KEYS } from "../../../src/core/form/columns";
import { renderMessage } from "../../../src/core/issues/render";
import { goodRows, makeForm, runCheck } from "../../helpers/form";

describe("value-missing", () => {
  it("accepts a full row with an empty 备注", () => {
    expect(runCheck(valueMissingCheck, makeForm(goodRows({ remark: null })))).toEqual([]);
  });

  it("reports each empty required cell once, at its cell", () => {
    const issues = runCheck(valueMissingCheck, makeForm(goodRows({}, { enterprise: "", phone: "   ", contact: null })));
    expect(issues.map((i) => [i.code, i.cell, i.column, i.severity])).toEqual([
      ["value-missing", "B6", "申报企业名称", "error"],
      ["value-missing", "J6", "申报联系人", "error"],
      ["value-missing", "L6", "联系方式", "error"],
    ]);
    expect(renderMessage(issues[0]!, "zh")).toBe("“申报企业名称”未填写");
    expect(renderMessage(issues[0]!, "en")).toBe("Enterprise is empty");
  });

  it("requires every column but 备注", () => {
    const empty = Object.fromEntries(REQUIRED_KEYS.map((k) => [k, null]));
    const issues = runCheck(valueMissingCheck, makeForm([{ ...empty, remark: "x" }]));
    expect(issues).toHaveLength(12);
    expect(issues.map((i) => i.column)).not.toContain("备注");
  });

  it("leaves a column the sheet lacks to header-missing-column", () => {
    const form = makeForm(goodRows({ city: null }, { city: null }));
    const columnPositions = [...form.columnPositions];
    columnPositions[COLUMN_INDEX.city] = undefined;
    expect(runCheck(valueMissingCheck, { ...form, columnPositions })).toEqual([]);
  });

  it("does not take zero or FALSE for empty", () => {
    expect(runCheck(valueMissingCheck, makeForm(goodRows({ profit: 0, seq: 0, title: false })))).toEqual([]);
  });
});
