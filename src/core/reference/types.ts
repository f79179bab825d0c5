import type { Region } from "./region";

/** How a 所在市 value relates to the prefecture-level divisions of a region. */
export type CityMatch =
  | { readonly kind: "exact"; readonly city: string }
  | { readonly kind: "normalizable"; readonly city: string }
  | { readonly kind: "county"; readonly county: string; readonly city: string }
  | { readonly kind: "unknown" };

/** A GB/T 4754-2017 division (大类) as matched from a 所属行业 value. */
export interface IndustryDivision {
  readonly code: string; // two digits, "39"
  readonly name: string; // 计算机、通信和其他电子设备制造业
  readonly section: string; // "C"
  readonly sectionName: string; // 制造业
}

export type IndustryMatch =
  | { readonly kind: "division"; readonly division: IndustryDivision; readonly exact: boolean }
  | { readonly kind: "unknown" };

/** The reference lookups checks and quotas use (implemented in reference/cities.ts and industries.ts). */
export interface ReferenceLookups {
  matchCity(region: Region, value: string): CityMatch;
  matchIndustry(value: string): IndustryMatch;
}
