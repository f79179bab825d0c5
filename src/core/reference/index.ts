import { matchCity } from "./cities";
import { matchIndustry } from "./industries";
import type { ReferenceLookups } from "./types";

/** The lookups checks and quotas use, as one object so that a caller can pass or replace them whole. */
export const REFERENCE: ReferenceLookups = { matchCity, matchIndustry };

export { matchCity } from "./cities";
export { CORPS } from "./corps";
export { INDUSTRIAL_SECTIONS, divisionByCode, isIndustrial, listDivisions, listSections, matchIndustry, sectionOf } from "./industries";
export { NATIONAL, type Region, type RegionKind } from "./region";
export { listRegions, prefecturesOf, regionByName, regionOfUnit } from "./regions";
export type { CityMatch, IndustryDivision, IndustryMatch, IndustrySection, ReferenceLookups } from "./types";
