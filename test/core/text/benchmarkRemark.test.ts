import { isEarlierBenchmarkRemark } from "../../../src/core/text/benchmarkRemark";

describe("isEarlierBenchmarkRemark", () => {
  it.each([
    "2019年省质量标杆",
    "2019年浙江省质量标杆",
    "全省质量标杆（2018年）",
    "省级质量标杆企业",
    "二〇一九年度江苏省工业企业质量标杆",
    "2020年广西壮族自治区质量标杆",
    "2019年宁波市质量标杆",
    "兵团质量标杆 2020",
    "往年省 质量标杆",
  ])("recognises %p", (remark) => {
    expect(isEarlierBenchmarkRemark(remark)).toBe(true);
  });

  it.each(["", "无", "2020年全国质量标杆", "杭州市质量标杆", "西湖区质量标杆", "非省质量标杆", "未获评省质量标杆", "省级专精特新企业"])(
    "does not take %p for one",
    (remark) => {
      expect(isEarlierBenchmarkRemark(remark)).toBe(false);
    },
  );
});
