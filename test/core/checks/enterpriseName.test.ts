import { enterpriseNameCheck } from "../../../src/core/checks/enterpriseName";
import { renderMessage } from "../../../src/core/issues/render";
import { goodRows, makeForm, runCheck } from "../../helpers/form";
import { param } from "../../helpers/issues";

const check = (enterprise: string | number) => runCheck(enterpriseNameCheck, makeForm(goodRows({ enterprise })));

describe("enterprise-name-format", () => {
  it.each([
    "杭州海康威视数字技术股份有限公司",
    "浙江吉利控股集团有限公司",
    "杭州第二棉纺织厂",
    "中国电子科技集团公司第三十六研究所",
    "宁波某某专业合作社",
    "ABB（中国）有限公司",
    "某某投资中心（有限合伙）",
    "Siemens Ltd.",
  ])("accepts %p", (name) => {
    expect(check(name)).toEqual([]);
  });

  it("warns about a name without an organisation form, with no fix", () => {
    const issues = check("海康威视");
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: "enterprise-name-format",
      severity: "warning",
      cell: "B5",
      params: { reason: "no-form-suffix" },
    });
    expect(issues[0]).not.toHaveProperty("fix");
    expect(renderMessage(issues[0]!, "zh")).toBe("企业名称“海康威视”不像注册名称：没有“有限公司”“股份有限公司”“集团”“厂”等组织形式结尾");
    expect(renderMessage(issues[0]!, "en")).toBe(
      "“海康威视” does not look like a registered name: it does not end in an organisation form such as 有限公司, 股份有限公司, 集团 or 厂",
    );
  });

  it.each([
    [" 杭州某某有限公司", "whitespace", "杭州某某有限公司"],
    ["杭州某某 有限公司", "whitespace", "杭州某某有限公司"],
    ["杭州某某\n有限公司", "whitespace", "杭州某某有限公司"],
    ["杭州某某有限公司*", "edge-symbol", "杭州某某有限公司"],
    ["、杭州某某有限公司", "edge-symbol", "杭州某某有限公司"],
    ["杭州某某(集团)有限公司", "half-width-brackets", "杭州某某（集团）有限公司"],
    ["杭州某某【集团】有限公司", "half-width-brackets", "杭州某某（集团）有限公司"],
  ])("tidies %p (%s) to %p", (name, reason, fix) => {
    const issues = check(name);
    expect(issues.map((i) => [param(i, "reason"), i.fix])).toEqual([[reason, fix]]);
  });

  it("names every fault and fixes them together", () => {
    const issues = check(" 杭州某某 (集团) 有限公司*");
    expect(issues).toHaveLength(1);
    expect(issues[0]!.params).toEqual({ reason: "edge-symbol,whitespace,half-width-brackets" });
    expect(issues[0]!.fix).toBe("杭州某某（集团）有限公司");
    expect(renderMessage(issues[0]!, "zh")).toContain("首尾有多余符号；含有多余的空格或换行；括号应使用全角");
  });

  it("does not guess a fix for a symbol inside the name", () => {
    const issues = check("杭州某#某有限公司");
    expect(issues.map((i) => param(i, "reason"))).toEqual(["stray-symbol"]);
    expect(issues[0]).not.toHaveProperty("fix");
  });

  it("keeps one space between Latin words", () => {
    expect(check("Bosch Rexroth Ltd.")).toEqual([]);
  });

  it("says nothing about an empty cell (value-missing does)", () => {
    expect(check("  ")).toEqual([]);
  });

  it("treats a number as a name without a form", () => {
    expect(check(12345).map((i) => param(i, "reason"))).toEqual(["no-form-suffix"]);
  });
});
