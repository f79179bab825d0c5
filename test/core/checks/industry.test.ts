import { industryCheck } from "../../../src/core/checks/industry";
import { validateForm } from "../../../src/core/checks/validate";
import { renderMessage } from "../../../src/core/issues/render";
import { goodRows, makeForm, options, runCheck } from "../../helpers/form";
import { param } from "../../helpers/issues";

const industries = (...values: (string | number | null)[]) => makeForm(goodRows(...values.map((industry) => ({ industry }))));

describe("industry check", () => {
  it("accepts industrial divisions by name or code", () => {
    const form = industries("计算机、通信和其他电子设备制造业", "39", 39, "C39", "06", 6, "电力、热力生产和供应业", "C36 汽车制造业");
    expect(runCheck(industryCheck, form)).toEqual([]);
  });

  it("leaves a blank 所属行业 to value-missing", () => {
    expect(runCheck(industryCheck, industries(null, " "))).toEqual([]);
  });

  it("rejects what is no division, at the real cell", () => {
    const issues = runCheck(industryCheck, industries("制造业", "汽车整车制造", "B39", "98", "xyz"));
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ["industry-unknown", "error", "E5"],
      ["industry-unknown", "error", "E6"],
      ["industry-unknown", "error", "E7"],
      ["industry-unknown", "error", "E8"],
      ["industry-unknown", "error", "E9"],
    ]);
    expect(renderMessage(issues[0]!, "zh")).toBe("所属行业“制造业”不是国民经济行业分类（GB/T 4754-2017）的大类");
  });

  it("warns about a division outside industry and names its section", () => {
    const issues = runCheck(industryCheck, industries("批发业", "51", "软件和信息技术服务业"));
    expect(issues.map((i) => [i.code, i.severity, param(i, "sectionCode")])).toEqual([
      ["industry-out-of-scope", "warning", "F"],
      ["industry-out-of-scope", "warning", "F"],
      ["industry-out-of-scope", "warning", "I"],
    ]);
    expect(renderMessage(issues[0]!, "zh")).toBe("“批发业”属于批发和零售业，不是工业（采矿业、制造业、电力热力燃气及水生产和供应业）");
    expect(renderMessage(issues[0]!, "en")).toBe("“批发业” is in section F, outside industry (sections B, C, D)");
  });

  it("runs in the registered rule set", () => {
    const issues = validateForm(industries("51"), options());
    expect(issues.filter((i) => i.code.startsWith("industry-")).map((i) => i.code)).toEqual(["industry-out-of-scope"]);
  });
});
