import { toHalfWidth } from "./normalize";

/**
 * Province-level bodies whose own quality benchmarks count as "earlier provincial benchmarks":
 * provinces and autonomous regions (省, 自治区, or 全省/省级), the 直辖市 and 计划单列市 (which
 * run their own selections) and 新疆生产建设兵团.
 */
const ISSUER = "(?:全省|省级|省|自治区|兵团|北京市?|天津市?|上海市?|重庆市?|大连市?|青岛市?|宁波市?|厦门市?|深圳市?)";

/** 省质量标杆, 浙江省工业企业质量标杆, 省级质量标杆企业, 宁波市质量标杆 … */
const BENCHMARK = new RegExp(`${ISSUER}(?:级)?(?:工业企业|工业)?质量标杆`);

/** A denial in front of the claim: 非省质量标杆, 不是…, 未获…, 尚未入选… */
const DENIAL = /(?:非|不是|未|没有|无)[^，,；;。]{0,8}$/;

/**
 * Whether a 备注 says the enterprise is an earlier provincial quality benchmark (the notice's
 * 往年全省质量标杆). The year is not needed here: remark-year-missing reports its absence.
 */
export function isEarlierBenchmarkRemark(text: string): boolean {
  const s = toHalfWidth(text).replace(/\s+/g, "");
  const m = BENCHMARK.exec(s);
  if (!m) return false;
  return !DENIAL.test(s.slice(0, m.index));
}
