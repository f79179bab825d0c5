import { experiencePatternCheck } from "../../../src/core/checks/experiencePattern";
import type { CellValue } from "../../../src/core/grid/cell";
import { renderMessage } from "../../../src/core/issues/render";
import { goodRows, makeForm, runCheck } from "../../helpers/form";
import { param } from "../../helpers/issues";

const reasons = (enterprise: CellValue, experience: CellValue) =>
  runCheck(experiencePatternCheck, makeForm(goodRows({ enterprise, experience }))).map((i) => param(i, "reason"));

describe("experience-name-pattern", () => {
  it.each([
    ["杭州海康威视数字技术股份有限公司", "海康威视实施数字化质量管理的经验"],
    ["杭州海康威视数字技术股份有限公司", "杭州海康威视数字技术股份有限公司实施六西格玛设计的经验"],
    ["中国石油化工股份有限公司", "中石化推行卓越绩效模式的经验"],
    ["浙江吉利控股集团有限公司", "吉利汽车构建全价值链质量管理体系的经验"],
    ["宁波方太厨具有限公司", "《方太厨具实施“零缺陷”管理的经验》"],
    ["宁波方太厨具有限公司", "方太实施质量管理的经验。"],
    ["ABB（中国）有限公司", "abb实施精益生产的经验"],
  ])("accepts %p / %p", (enterprise, experience) => {
    expect(reasons(enterprise, experience)).toEqual([]);
  });

  it("warns when the title does not end in 经验", () => {
    const issues = runCheck(experiencePatternCheck, makeForm(goodRows({ experience: "海康威视实施数字化质量管理" })));
    expect(issues.map((i) => [i.code, i.cell, i.severity, i.params])).toEqual([
      ["experience-name-pattern", "C5", "warning", { reason: "no-experience-suffix" }],
    ]);
    expect(renderMessage(issues[0]!, "zh")).toBe("经验名称不符合“（企业）+（典型方法技术）+（经验）”的命名规则：应以“经验”结尾");
    expect(renderMessage(issues[0]!, "en")).toBe(
      "The experience title does not follow “(enterprise) + (method) + 经验”: it should end in 经验",
    );
  });

  it("warns when the title names no part of the enterprise", () => {
    expect(reasons("杭州海康威视数字技术股份有限公司", "实施六西格玛设计的经验")).toEqual(["no-enterprise"]);
  });

  it("does not count the place or the organisation form as naming the enterprise", () => {
    expect(reasons("杭州海康威视数字技术股份有限公司", "杭州市实施质量管理的经验")).toEqual(["no-enterprise"]);
    expect(reasons("宁波方太厨具有限公司", "有限公司实施质量管理的经验")).toEqual(["no-enterprise"]);
  });

  it("names both faults at once", () => {
    const issues = runCheck(experiencePatternCheck, makeForm(goodRows({ experience: "六西格玛设计" })));
    expect(issues.map((i) => param(i, "reason"))).toEqual(["no-experience-suffix,no-enterprise"]);
    expect(renderMessage(issues[0]!, "zh")).toContain("应以“经验”结尾；未体现申报企业（如企业简称）");
  });

  it("checks only the ending when the enterprise is blank", () => {
    expect(reasons(null, "实施六西格玛设计的经验")).toEqual([]);
  });

  it("says nothing about an empty title", () => {
    expect(reasons("杭州海康威视数字技术股份有限公司", "")).toEqual([]);
  });
});
