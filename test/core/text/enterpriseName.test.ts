import fc from "fast-check";
import { distinctivePart, hasOrganisationForm, namesEnterprise, textNamesEnterprise } from "../../../src/core/text/enterpriseName";
import { nameKey } from "../../../src/core/text/normalize";

describe("hasOrganisationForm", () => {
  it.each([
    "杭州海康威视数字技术股份有限公司",
    "浙江吉利控股集团",
    "杭州第二棉纺织厂",
    "中国电子科技集团公司第三十六研究所",
    "浙江省某某专业合作社",
    "某某投资中心（有限合伙）",
    "Siemens Ltd.",
  ])("accepts %p", (name) => {
    expect(hasOrganisationForm(name)).toBe(true);
  });

  it.each(["海康威视", "杭州海康威视数字技术", "方太厨具"])("refuses %p", (name) => {
    expect(hasOrganisationForm(name)).toBe(false);
  });
});

describe("distinctivePart", () => {
  it.each([
    ["杭州海康威视数字技术股份有限公司", "海康威视数字技术"],
    ["浙江吉利控股集团有限公司", "吉利"],
    ["中国石油化工股份有限公司", "石油化工"],
    ["宁波方太厨具有限公司", "方太厨具"],
    ["浙江省杭州市某某机械厂", "某某机械"],
    ["昆山某某电子有限公司", "某某电子"],
    ["ABB（中国）有限公司", "ABB"],
  ])("of %p is %p", (name, part) => {
    expect(distinctivePart(name)).toBe(part);
  });

  it("keeps the name when it is nothing but place and form", () => {
    expect(distinctivePart("杭州市有限公司")).toBe("杭州市");
  });
});

describe("namesEnterprise", () => {
  it("finds two neighbouring characters, or two with one between them", () => {
    expect(namesEnterprise(nameKey("海康威视实施数字化质量管理的经验"), "海康威视数字技术")).toBe(true);
    expect(namesEnterprise(nameKey("中石化推行卓越绩效的经验"), "石油化工")).toBe(true);
    expect(namesEnterprise(nameKey("实施六西格玛设计的经验"), "海康威视数字技术")).toBe(false);
  });
});

describe("textNamesEnterprise", () => {
  it("answers from the two names as namesEnterprise does from the distinctive part", () => {
    const pieces = fc.constantFrom(
      "中国",
      "浙江省",
      "杭州",
      "杭州市",
      "昆山",
      "海康",
      "威视",
      "石",
      "化",
      "(集团)",
      "有限公司",
      "集团",
      "厂",
      "ABB",
      " ",
      "经验",
    );
    const name = fc.array(pieces, { maxLength: 6 }).map((p) => p.join(""));
    fc.assert(
      fc.property(name, name, (enterprise, text) => {
        const distinctive = distinctivePart(enterprise);
        const key = nameKey(text);
        const expected = distinctive.length < 2 ? key.includes(distinctive) : namesEnterprise(key, distinctive);
        expect(textNamesEnterprise(key, nameKey(enterprise))).toBe(expected);
      }),
    );
  });
});
