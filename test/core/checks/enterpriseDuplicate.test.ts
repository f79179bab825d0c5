import { enterpriseDuplicateCheck } from "../../../src/core/checks/enterpriseDuplicate";
import { renderMessage } from "../../../src/core/issues/render";
import { goodRows, makeForm, runCheck } from "../../helpers/form";
import { param } from "../../helpers/issues";

describe("enterprise-duplicate", () => {
  it("accepts different enterprises", () => {
    const rows = goodRows({ enterprise: "甲有限公司" }, { enterprise: "乙有限公司" });
    expect(runCheck(enterpriseDuplicateCheck, makeForm(rows))).toEqual([]);
  });

  it("reports the later row and points at the first", () => {
    const rows = goodRows({ enterprise: "甲有限公司" }, { enterprise: "乙有限公司" }, { enterprise: "甲有限公司" });
    const issues = runCheck(enterpriseDuplicateCheck, makeForm(rows));
    expect(issues.map((i) => [i.code, i.cell, i.severity, i.params])).toEqual([["enterprise-duplicate", "B7", "error", { otherRow: 5 }]]);
    expect(renderMessage(issues[0]!, "zh")).toBe("企业“甲有限公司”重复出现，另见第 5 行");
    expect(renderMessage(issues[0]!, "en")).toBe("Enterprise “甲有限公司” appears twice; see also row 5");
  });

  it("sees through width, bracket style and spaces", () => {
    const rows = goodRows(
      { enterprise: "ABB（中国）有限公司" },
      { enterprise: "ＡＢＢ (中国) 有限公司" },
      { enterprise: "abb【中国】有限公司" },
    );
    const issues = runCheck(enterpriseDuplicateCheck, makeForm(rows));
    expect(issues.map((i) => [i.row, param(i, "otherRow")])).toEqual([
      [6, 5],
      [7, 5],
    ]);
  });

  it("ignores empty names", () => {
    expect(runCheck(enterpriseDuplicateCheck, makeForm(goodRows({ enterprise: null }, { enterprise: "" })))).toEqual([]);
  });
});
