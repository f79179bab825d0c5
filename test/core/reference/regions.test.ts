import { CORPS, NATIONAL, listRegions, prefecturesOf, regionByName, regionOfUnit } from "../../../src/core/reference";

describe("listRegions", () => {
  it("lists 31 provinces, 5 planned cities, the corps and national scope", () => {
    const regions = listRegions();
    const count = (kind: string) => regions.filter((r) => r.kind === kind).length;
    expect(count("province") + count("municipality") + count("autonomous-region")).toBe(31);
    expect(count("municipality")).toBe(4);
    expect(count("autonomous-region")).toBe(5);
    expect(regions.filter((r) => r.kind === "planned-city").map((r) => r.name)).toEqual(["大连市", "青岛市", "宁波市", "厦门市", "深圳市"]);
    expect(regions.filter((r) => r.kind === "corps")).toEqual([CORPS]);
    expect(regions.at(-1)).toEqual(NATIONAL);
  });
});

describe("regionByName", () => {
  it.each([
    ["浙江", "浙江省", "province"],
    ["浙江省", "浙江省", "province"],
    ["３３００００", "浙江省", "province"],
    ["330000", "浙江省", "province"],
    ["宁波", "宁波市", "planned-city"],
    ["330200", "宁波市", "planned-city"],
    ["广西", "广西壮族自治区", "autonomous-region"],
    ["内蒙古", "内蒙古自治区", "autonomous-region"],
    ["北京", "北京市", "municipality"],
    ["兵团", "新疆生产建设兵团", "corps"],
    ["全国", "全国", "national"],
    ["national", "全国", "national"],
  ])("%s → %s", (name, expected, kind) => {
    expect(regionByName(name)).toMatchObject({ name: expected, kind });
  });

  it("says nothing for a name it does not know", () => {
    expect(regionByName("杭州")).toBeUndefined();
    expect(regionByName("")).toBeUndefined();
    expect(regionByName("123456")).toBeUndefined();
  });
});

describe("regionOfUnit", () => {
  it.each([
    ["浙江省经济和信息化厅", "浙江省"],
    ["浙江省经信厅", "浙江省"],
    ["浙江经信厅", "浙江省"],
    ["宁波市经济和信息化局", "宁波市"],
    ["深圳市工业和信息化局", "深圳市"],
    ["新疆生产建设兵团工业和信息化局", "新疆生产建设兵团"],
    ["新疆维吾尔自治区工业和信息化厅", "新疆维吾尔自治区"],
    ["广西壮族自治区工业和信息化厅", "广西壮族自治区"],
    ["北京市经济和信息化局", "北京市"],
    ["重庆市经济和信息化委员会", "重庆市"],
    ["黑龙江省工业和信息化厅（盖章）", "黑龙江省"],
    ["推荐单位（盖章）：湖北省经济和信息化厅", "湖北省"],
    ["杭州市经济和信息化局", "浙江省"],
    ["海南藏族自治州工业和信息化局", "青海省"],
    ["中国机械工业联合会", "全国"],
    ["中国电子信息行业联合会", "全国"],
    ["中国质量协会", "全国"],
  ])("%s → %s", (unit, expected) => {
    expect(regionOfUnit(unit)?.name).toBe(expected);
  });

  it("returns undefined for a unit it cannot place, so the caller can say so", () => {
    expect(regionOfUnit("某某科技有限公司")).toBeUndefined();
    expect(regionOfUnit("")).toBeUndefined();
    expect(regionOfUnit("   ")).toBeUndefined();
  });
});

describe("prefecturesOf", () => {
  it("gives a province its prefecture-level divisions", () => {
    expect(prefecturesOf(regionByName("浙江")!)).toEqual([
      "杭州市",
      "宁波市",
      "温州市",
      "嘉兴市",
      "湖州市",
      "绍兴市",
      "金华市",
      "衢州市",
      "舟山市",
      "台州市",
      "丽水市",
    ]);
  });

  it("adds the county-level cities a province governs directly", () => {
    const hubei = prefecturesOf(regionByName("湖北")!);
    expect(hubei).toHaveLength(17);
    expect(hubei).toEqual(expect.arrayContaining(["恩施土家族苗族自治州", "仙桃市", "潜江市", "天门市", "神农架林区"]));
  });

  it("gives a 直辖市 its districts and counties, not itself", () => {
    const chongqing = prefecturesOf(regionByName("重庆")!);
    expect(chongqing).toHaveLength(38);
    expect(chongqing).toEqual(expect.arrayContaining(["渝中区", "城口县"]));
    expect(chongqing).not.toContain("重庆市");
  });

  it("gives each planned city only itself", () => {
    for (const name of ["大连", "青岛", "宁波", "厦门", "深圳"]) {
      expect(prefecturesOf(regionByName(name)!)).toEqual([`${name}市`]);
    }
  });

  it("gives the corps its twelve cities", () => {
    expect(prefecturesOf(CORPS)).toEqual([
      "石河子市",
      "阿拉尔市",
      "图木舒克市",
      "五家渠市",
      "北屯市",
      "铁门关市",
      "双河市",
      "可克达拉市",
      "昆玉市",
      "胡杨河市",
      "新星市",
      "白杨市",
    ]);
  });

  it("gives national scope every value in China once", () => {
    const all = prefecturesOf(NATIONAL);
    // 333 prefectures, 32 county-level divisions under provinces directly, 直辖市 districts and counties (16+16+16+38)
    expect(all).toHaveLength(333 + 32 + 16 + 16 + 16 + 38);
    expect(new Set(all).size).toBe(all.length);
  });
});
