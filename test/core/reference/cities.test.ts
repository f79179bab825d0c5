import { CORPS, NATIONAL, matchCity, regionByName, type Region } from "../../../src/core/reference";

const region = (name: string): Region => {
  const found = regionByName(name);
  if (!found) throw new Error(`no region ${name}`);
  return found;
};

describe("matchCity", () => {
  it("accepts a prefecture's full name as exact, surrounding spaces aside", () => {
    expect(matchCity(region("浙江"), "杭州市")).toEqual({ kind: "exact", city: "杭州市" });
    expect(matchCity(region("浙江"), " 杭州市 ")).toEqual({ kind: "exact", city: "杭州市" });
  });

  it.each([
    ["浙江", "杭州", "杭州市"],
    ["浙江", "杭 州 市", "杭州市"],
    ["浙江", "浙江省杭州市", "杭州市"],
    ["浙江", "浙江杭州", "杭州市"],
    ["浙江", "杭州市余杭区", "杭州市"],
    ["湖北", "恩施", "恩施土家族苗族自治州"],
    ["湖北", "恩施州", "恩施土家族苗族自治州"],
    ["湖北", "恩施自治州", "恩施土家族苗族自治州"],
    ["吉林", "延边州", "延边朝鲜族自治州"],
    ["黑龙江", "大兴安岭", "大兴安岭地区"],
    ["内蒙古", "锡林郭勒", "锡林郭勒盟"],
    ["新疆", "巴州", "巴音郭楞蒙古自治州"],
    ["青海", "海西州", "海西蒙古族藏族自治州"],
    ["湖北", "神农架", "神农架林区"],
    ["北京", "北京", "北京市"],
    ["北京", "海淀", "海淀区"],
  ])("%s: %s is a short or variant form of %s", (name, value, city) => {
    expect(matchCity(region(name), value)).toEqual({ kind: "normalizable", city });
  });

  it("maps a county-level division to its prefecture", () => {
    expect(matchCity(region("江苏"), "昆山市")).toEqual({ kind: "county", county: "昆山市", city: "苏州市" });
    expect(matchCity(region("江苏"), "昆山")).toEqual({ kind: "county", county: "昆山", city: "苏州市" });
    expect(matchCity(region("浙江"), "余姚市")).toEqual({ kind: "county", county: "余姚市", city: "宁波市" });
    expect(matchCity(region("浙江"), "西湖区")).toEqual({ kind: "county", county: "西湖区", city: "杭州市" });
  });

  it("names the candidates when several prefectures of the region share a county's name", () => {
    expect(matchCity(region("江苏"), "鼓楼区")).toEqual({
      kind: "county-ambiguous",
      county: "鼓楼区",
      cities: ["南京市", "徐州市"],
    });
  });

  it("takes a 直辖市's districts and counties as the expected values, and the 直辖市 itself", () => {
    expect(matchCity(region("北京"), "朝阳区")).toEqual({ kind: "exact", city: "朝阳区" });
    expect(matchCity(region("重庆"), "城口县")).toEqual({ kind: "exact", city: "城口县" });
    expect(matchCity(region("北京"), "北京市")).toEqual({ kind: "exact", city: "北京市" });
    expect(matchCity(region("北京"), "北京市海淀区")).toEqual({ kind: "normalizable", city: "海淀区" });
  });

  it("does not take another province's district for a prefecture of the same short name", () => {
    expect(matchCity(region("辽宁"), "朝阳区")).toEqual({ kind: "unknown" });
    expect(matchCity(region("辽宁"), "朝阳市")).toEqual({ kind: "exact", city: "朝阳市" });
    expect(matchCity(region("辽宁"), "朝阳县")).toEqual({ kind: "county", county: "朝阳县", city: "朝阳市" });
  });

  it("treats the county-level cities a province governs directly as cities", () => {
    expect(matchCity(region("河南"), "济源市")).toEqual({ kind: "exact", city: "济源市" });
    expect(matchCity(region("湖北"), "仙桃市")).toEqual({ kind: "exact", city: "仙桃市" });
    expect(matchCity(region("海南"), "五指山市")).toEqual({ kind: "exact", city: "五指山市" });
    expect(matchCity(region("湖北"), "省直辖县级行政区划")).toEqual({ kind: "unknown" });
  });

  describe("planned cities recommend on their own", () => {
    it.each(["大连", "青岛", "宁波", "厦门", "深圳"])("%s: only the city itself", (name) => {
      expect(matchCity(region(name), `${name}市`)).toEqual({ kind: "exact", city: `${name}市` });
      expect(matchCity(region(name), name)).toEqual({ kind: "normalizable", city: `${name}市` });
    });

    it("fixes the planned city's own districts and counties to the city", () => {
      expect(matchCity(region("宁波"), "余姚市")).toEqual({ kind: "county", county: "余姚市", city: "宁波市" });
      expect(matchCity(region("深圳"), "南山区")).toEqual({ kind: "county", county: "南山区", city: "深圳市" });
      expect(matchCity(region("大连"), "瓦房店市")).toEqual({ kind: "county", county: "瓦房店市", city: "大连市" });
    });

    it("rejects the rest of the province", () => {
      expect(matchCity(region("宁波"), "杭州市")).toEqual({ kind: "unknown" });
      expect(matchCity(region("青岛"), "济南市")).toEqual({ kind: "unknown" });
    });
  });

  describe("新疆生产建设兵团", () => {
    it.each([
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
    ])("%s is a corps city", (city) => {
      expect(matchCity(CORPS, city)).toEqual({ kind: "exact", city });
    });

    it("reads a 师 as its city (师市合一)", () => {
      expect(matchCity(CORPS, "第八师")).toEqual({ kind: "normalizable", city: "石河子市" });
      expect(matchCity(CORPS, "第八师石河子市")).toEqual({ kind: "normalizable", city: "石河子市" });
    });

    it("rejects the autonomous region's own prefectures", () => {
      expect(matchCity(CORPS, "乌鲁木齐市")).toEqual({ kind: "unknown" });
    });

    it("lets 新疆 itself count the corps cities too", () => {
      expect(matchCity(region("新疆"), "石河子市")).toEqual({ kind: "exact", city: "石河子市" });
    });
  });

  describe("national scope", () => {
    it("accepts any value in China", () => {
      expect(matchCity(NATIONAL, "杭州市")).toEqual({ kind: "exact", city: "杭州市" });
      expect(matchCity(NATIONAL, "石河子市")).toEqual({ kind: "exact", city: "石河子市" });
      expect(matchCity(NATIONAL, "上海市")).toEqual({ kind: "exact", city: "上海市" });
      expect(matchCity(NATIONAL, "浦东新区")).toEqual({ kind: "exact", city: "浦东新区" });
      expect(matchCity(NATIONAL, "恩施州")).toEqual({ kind: "normalizable", city: "恩施土家族苗族自治州" });
    });

    it("fixes a county only when its name is unique in China", () => {
      expect(matchCity(NATIONAL, "昆山市")).toEqual({ kind: "county", county: "昆山市", city: "苏州市" });
      expect(matchCity(NATIONAL, "鼓楼区")).toMatchObject({
        kind: "county-ambiguous",
        cities: ["南京市", "徐州市", "福州市", "开封市"],
      });
    });

    it("does not read a province's short name as a prefecture of the same name", () => {
      expect(matchCity(NATIONAL, "海南")).toEqual({ kind: "unknown" });
      expect(matchCity(region("青海"), "海南")).toEqual({ kind: "normalizable", city: "海南藏族自治州" });
    });
  });

  it.each(["", "   ", "xyz", "杭州西湖", "#N/A", "12345", "浙江省", "中国"])("rejects %j", (value) => {
    expect(matchCity(region("浙江"), value)).toEqual({ kind: "unknown" });
  });

  it("checks a hand-built region by its code", () => {
    const zhejiang: Region = { code: "330000", name: "浙江省", kind: "province" };
    expect(matchCity(zhejiang, "温州市")).toEqual({ kind: "exact", city: "温州市" });
    expect(matchCity(zhejiang, "南京市")).toEqual({ kind: "unknown" });
  });
});
