import type { Region } from "./region";

/**
 * How a 所在市 value relates to the prefecture-level divisions of a region. `normalizable`: a short
 * or variant form (杭州, 恩施州, 浙江省杭州市, 杭 州 市) of `city`. `county`: a county-level division
 * whose prefecture is `city`. `county-ambiguous`: a county-level name that several prefectures of
 * the region share (鼓楼区 in 江苏: 南京市, 徐州市), so no safe fix exists.
 */
export type CityMatch =
  | { readonly kind: "exact"; readonly city: string }
  | { readonly kind: "normalizable"; readonly city: string }
  | { readonly kind: "county"; readonly county: string; readonly city: string }
  | { readonly kind: "county-ambiguous"; readonly county: string; readonly cities: readonly string[] }
  | { readonly kind: "unknown" };

/** A GB/T 4754-2017 section (门类), A–T. */
export interface IndustrySection {
  readonly code: string; // "C"
  readonly name: string; // 制造业
}

/** A GB/T 4754-2017 division (大类) as matched from a 所属行业 value. */
export interface IndustryDivision {
  readonly code: string; // two digits, "39"
  readonly name: string; // 计算机、通信和其他电子设备制造业
  readonly section: string; // "C"
  readonly sectionName: string; // 制造业
}

/** `exact` is true only for the plain division name; codes (39, C39) and variants match with false. */
export type IndustryMatch =
  { readonly kind: "division"; readonly division: IndustryDivision; readonly exact: boolean } | { readonly kind: "unknown" };

/** The reference lookups checks and quotas use (implemented in reference/cities.ts and industries.ts). */
export interface ReferenceLookups {
  matchCity(region: Region, value: string): CityMatch;
  matchIndustry(value: string): IndustryMatch;
}
