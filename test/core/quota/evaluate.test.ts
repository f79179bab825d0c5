import { evaluateQuota } from "../../../src/core/quota/evaluate";
import { renderMessage } from "../../../src/core/issues/render";
import { REFERENCE } from "../../../src/core/reference";
import { goodRows, makeForm, ZHEJIANG } from "../../helpers/form";
import { param } from "../../helpers/issues";

const rows = goodRows(
  { city: "杭州市" },
  { city: "杭州" },
  { city: "余姚市", industry: "39" },
  { city: "宁波市", industry: "汽车制造业", remark: "2019年浙江省质量标杆" },
  { city: "温州市", industry: "软件和信息技术服务业", remark: "全省质量标杆（2018年）" },
);
const form = makeForm(rows);

describe("evaluateQuota", () => {
  it("reports used / limit for every limit, canonicalising cities and industries", () => {
    const { usage, issues } = evaluateQuota(
      form,
      {
        total: 6,
        earlierBenchmarks: 2,
        perCity: { 杭州: 2, 宁波市: 2 },
        perSection: { C: 4, I: 1 },
        perDivision: { "39": 3, "36": 1, "06": 0 },
      },
      ZHEJIANG,
      REFERENCE,
    );
    expect(usage.map((u) => [u.kind, u.key, u.label, u.limit, u.used])).toEqual([
      ["total", undefined, "推荐总名额", 6, 5],
      ["earlier-benchmarks", undefined, "往年省质量标杆", 2, 2],
      ["city", "杭州市", "杭州市", 2, 2],
      ["city", "宁波市", "宁波市", 2, 2],
      ["section", "C", "门类C（制造业）", 4, 4],
      ["section", "I", "门类I（信息传输、软件和信息技术服务业）", 1, 1],
      ["division", "06", "大类06（煤炭开采和洗选业）", 0, 0],
      ["division", "36", "大类36（汽车制造业）", 1, 1],
      ["division", "39", "大类39（计算机、通信和其他电子设备制造业）", 3, 3],
    ]);
    expect(issues).toEqual([]);
  });

  it("reports each limit the rows go beyond as a sheet-level error", () => {
    const { issues } = evaluateQuota(form, { total: 4, perCity: { 杭州市: 1 }, perSection: { C: 4 } }, ZHEJIANG, REFERENCE);
    expect(
      issues.map((i) => [i.code, i.severity, i.sheet, i.cell, param(i, "kind"), param(i, "key"), param(i, "limit"), param(i, "count")]),
    ).toEqual([
      ["quota-exceeded", "error", "Sheet1", undefined, "total", undefined, 4, 5],
      ["quota-exceeded", "error", "Sheet1", undefined, "city", "杭州市", 1, 2],
    ]);
    expect(renderMessage(issues[1]!, "zh")).toBe("超出名额：杭州市限 1 家，已填 2 家");
    expect(renderMessage(issues[0]!, "en")).toBe("Quota exceeded: Total quota allows 4, 5 entered");
  });

  it("counts nothing for an empty quota set and an empty sheet", () => {
    expect(evaluateQuota(form, {}, ZHEJIANG, REFERENCE)).toEqual({ usage: [], issues: [] });
    expect(evaluateQuota(makeForm([]), { total: 0 }, ZHEJIANG, REFERENCE).issues).toEqual([]);
  });

  it("counts a name it does not know under its own text", () => {
    const odd = makeForm(goodRows({ city: "火星市" }, { city: "火星市" }));
    const { usage, issues } = evaluateQuota(odd, { perCity: { 火星市: 1 } }, ZHEJIANG, REFERENCE);
    expect(usage[0]!.used).toBe(2);
    expect(issues).toHaveLength(1);
  });

  it("asks only the lookups it is given", () => {
    const lookups = {
      matchCity: () => ({ kind: "exact", city: "甲市" }) as const,
      matchIndustry: () => ({ kind: "unknown" }) as const,
    };
    const { usage } = evaluateQuota(form, { perCity: { 乙: 1 }, perSection: { C: 9 } }, ZHEJIANG, lookups);
    expect(usage.map((u) => [u.key, u.used])).toEqual([
      ["甲市", 5],
      ["C", 0],
    ]);
  });
});
