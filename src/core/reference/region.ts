/**
 * A recommending unit's region: a province-level division, a 计划单列市 (which recommends on its
 * own), 新疆生产建设兵团, or all of China for a national industry association.
 */
export type RegionKind = "province" | "municipality" | "autonomous-region" | "planned-city" | "corps" | "national";

export interface Region {
  /** Administrative code (6 digits) of the province or city; "000000" for national scope. */
  readonly code: string;
  /** Full name: 浙江省, 宁波市, 新疆生产建设兵团, 全国. */
  readonly name: string;
  readonly kind: RegionKind;
}

export const NATIONAL: Region = { code: "000000", name: "全国", kind: "national" };
