import { experienceDuplicateCheck } from "../../../src/core/checks/experienceDuplicate";
import { renderMessage } from "../../../src/core/issues/render";
import { goodRows, makeForm, runCheck } from "../../helpers/form";

describe("experience-duplicate", () => {
  it("accepts different titles", () => {
    const rows = goodRows({ experience: "甲公司实施六西格玛的经验" }, { experience: "乙公司推行精益生产的经验" });
    expect(runCheck(experienceDuplicateCheck, makeForm(rows))).toEqual([]);
  });

  it("reports the later row, pointing at the first, after folding width and spaces", () => {
    const rows = goodRows(
      { experience: "甲公司实施六西格玛的经验" },
      { experience: "乙公司推行精益生产的经验" },
      { experience: " 甲公司实施六西格玛 的经验" },
    );
    const issues = runCheck(experienceDuplicateCheck, makeForm(rows));
    expect(issues.map((i) => [i.code, i.cell, i.severity, i.params])).toEqual([["experience-duplicate", "C7", "error", { otherRow: 5 }]]);
    expect(renderMessage(issues[0]!, "zh")).toBe("经验名称“ 甲公司实施六西格玛 的经验”重复，另见第 5 行");
  });

  it("ignores empty titles", () => {
    expect(runCheck(experienceDuplicateCheck, makeForm(goodRows({ experience: null }, { experience: " " })))).toEqual([]);
  });
});
