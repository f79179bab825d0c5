import { cityCheck } from "../../../src/core/checks/city";
import { validateForm } from "../../../src/core/checks/validate";
import { renderMessage } from "../../../src/core/issues/render";
import { CORPS, NATIONAL, regionByName } from "../../../src/core/reference";
import { goodRows, makeForm, options, runCheck } from "../../helpers/form";

const cities = (...values: (string | number | null)[]) => makeForm(goodRows(...values.map((city) => ({ city }))));

describe("city check", () => {
  it("accepts the region's prefectures as written", () => {
    expect(runCheck(cityCheck, cities("杭州市", "宁波市", "丽水市"))).toEqual([]);
  });

  it("leaves a blank 所在市 to value-missing", () => {
    expect(runCheck(cityCheck, cities(null, "  "))).toEqual([]);
  });

  it("offers the full name for a short form, at the real cell", () => {
    const issues = runCheck(cityCheck, cities("杭州市", "杭州", "浙江省温州市"));
    expect(issues.map((i) => [i.code, i.severity, i.cell, i.value, i.fix])).toEqual([
      ["city-normalizable", "warning", "D6", "杭州", "杭州市"],
      ["city-normalizable", "warning", "D7", "浙江省温州市", "温州市"],
    ]);
    expect(renderMessage(issues[0]!, "zh")).toBe("所在市“杭州”应写全称“杭州市”");
  });

  it("fixes a county to its prefecture", () => {
    const [issue] = runCheck(cityCheck, cities("余姚市"));
    expect(issue).toMatchObject({ code: "city-county-level", severity: "warning", cell: "D5", fix: "宁波市" });
    expect(renderMessage(issue!, "zh")).toBe("“余姚市”是县级行政区，所在市应填所属地级行政区：宁波市");
  });

  it("fixes 昆山市 to 苏州市 for 江苏", () => {
    const issues = runCheck(cityCheck, cities("昆山市"), { region: regionByName("江苏")! });
    expect(issues.map((i) => [i.code, i.fix])).toEqual([["city-county-level", "苏州市"]]);
  });

  it("names the candidates, without a fix, when the county's name is shared", () => {
    const [issue] = runCheck(cityCheck, cities("鼓楼区"), { region: regionByName("江苏")! });
    expect(issue).toMatchObject({ code: "city-county-level", params: { city: "南京市 / 徐州市" } });
    expect(issue).not.toHaveProperty("fix");
  });

  it("rejects a city outside the region and names the region", () => {
    const [issue] = runCheck(cityCheck, cities("南京市"));
    expect(issue).toMatchObject({ code: "city-unknown", severity: "error", value: "南京市" });
    expect(renderMessage(issue!, "zh")).toBe("“南京市”不是浙江省的地级行政区");
  });

  it("rejects garbage of any cell type", () => {
    const issues = runCheck(cityCheck, cities("？？", 330100, "杭州西湖"));
    expect(issues.map((i) => i.code)).toEqual(["city-unknown", "city-unknown", "city-unknown"]);
  });

  it("takes a 直辖市's districts as exact", () => {
    expect(runCheck(cityCheck, cities("朝阳区", "海淀区"), { region: regionByName("北京")! })).toEqual([]);
    const issues = runCheck(cityCheck, cities("朝阳区"), { region: regionByName("辽宁")! });
    expect(issues.map((i) => i.code)).toEqual(["city-unknown"]);
  });

  it("holds a planned city to itself", () => {
    const ningbo = { region: regionByName("宁波")! };
    expect(runCheck(cityCheck, cities("宁波市"), ningbo)).toEqual([]);
    expect(runCheck(cityCheck, cities("杭州市"), ningbo).map((i) => i.code)).toEqual(["city-unknown"]);
    expect(runCheck(cityCheck, cities("余姚市"), ningbo).map((i) => i.fix)).toEqual(["宁波市"]);
  });

  it("accepts the corps' cities for the corps", () => {
    expect(runCheck(cityCheck, cities("石河子市", "五家渠市"), { region: CORPS })).toEqual([]);
  });

  it("accepts any city in China for an industry association", () => {
    expect(runCheck(cityCheck, cities("杭州市", "深圳市", "恩施土家族苗族自治州", "北京市"), { region: NATIONAL })).toEqual([]);
    const issues = runCheck(cityCheck, cities("恩施州"), { region: NATIONAL });
    expect(issues.map((i) => [i.code, i.fix])).toEqual([["city-normalizable", "恩施土家族苗族自治州"]]);
  });

  it("runs in the registered rule set", () => {
    const issues = validateForm(cities("杭州"), options());
    expect(issues.filter((i) => i.code.startsWith("city-")).map((i) => i.code)).toEqual(["city-normalizable"]);
  });
});
