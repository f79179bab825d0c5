import { nameKey } from "../text/normalize";
import type { CityValue } from "./divisionTable";
import type { Region } from "./region";
import { cityValuesOf, provinceNamesOf } from "./regions";
import type { CityMatch } from "./types";

const UNKNOWN: CityMatch = { kind: "unknown" };
/** Distinct values remembered per region; a sheet rarely has more than a few hundred. */
const MEMO_LIMIT = 20_000;
/** Longest full name a city+county value (杭州市余杭区) can start with. */
const MAX_CITY_KEY = 16;

interface CityIndex {
  /** nameKey of a full name → that name. */
  readonly fullNames: ReadonlyMap<string, string>;
  /** nameKey of a short form unique in the region → the full name. */
  readonly shortForms: ReadonlyMap<string, string>;
  /** nameKey of a county-level name (or its short form) → the prefectures that have it. */
  readonly counties: ReadonlyMap<string, readonly string[]>;
  /** nameKey of province names that may precede a city, longest first. */
  readonly provinceKeys: readonly string[];
  readonly memo: Map<string, CityMatch>;
}

const indexes = new Map<string, CityIndex>();
/** Per Region object, so that the hot path does not build the id string for every cell. */
const indexByRegion = new WeakMap<Region, CityIndex>();

function countyShortForm(name: string): string | undefined {
  // 昆山 for 昆山市, 长兴 for 长兴县; districts (鼓楼区 → 鼓楼) stay whole: their bare names are too common.
  return /[市县]$/.test(name) && name.length >= 3 ? name.slice(0, -1) : undefined;
}

function buildIndex(region: Region): CityIndex {
  const values: readonly CityValue[] = cityValuesOf(region);
  const provinceKeys = [...new Set(provinceNamesOf(region).map(nameKey))].sort((a, b) => b.length - a.length);
  const fullNames = new Map<string, string>();
  for (const v of values) fullNames.set(nameKey(v.name), v.name);

  // A short form that two values share (朝阳 for 朝阳市 and 北京's 朝阳区) points nowhere; nationally,
  // neither does one that names a province (海南 is the province, not 海南藏族自治州).
  const owners = new Map<string, Set<string>>();
  for (const v of values) {
    for (const s of v.shortForms) {
      const key = nameKey(s);
      const set = owners.get(key) ?? new Set<string>();
      set.add(v.name);
      owners.set(key, set);
    }
  }
  const provinceKeySet = new Set(provinceKeys);
  const shortForms = new Map<string, string>();
  for (const [key, names] of owners) {
    const [name] = [...names];
    if (names.size !== 1 || name === undefined || fullNames.has(key)) continue;
    if (region.kind === "national" && provinceKeySet.has(key) && !provinceKeySet.has(nameKey(name))) continue;
    shortForms.set(key, name);
  }

  const counties = new Map<string, string[]>();
  const addCounty = (key: string, city: string) => {
    if (fullNames.has(key) || shortForms.has(key)) return;
    const cities = counties.get(key) ?? [];
    if (!cities.includes(city)) cities.push(city);
    counties.set(key, cities);
  };
  for (const v of values) {
    for (const county of v.counties) {
      addCounty(nameKey(county), v.name);
      const short = countyShortForm(county);
      if (short !== undefined) addCounty(nameKey(short), v.name);
    }
  }
  return { fullNames, shortForms, counties, provinceKeys, memo: new Map() };
}

function indexOf(region: Region): CityIndex {
  const cached = indexByRegion.get(region);
  if (cached) return cached;
  const id = `${region.kind}:${region.code}:${region.name}`;
  let index = indexes.get(id);
  if (!index) {
    index = buildIndex(region);
    indexes.set(id, index);
  }
  indexByRegion.set(region, index);
  return index;
}

/** Matches a key without any province in front: a name, a short form, a county, or city + county. */
function matchKey(index: CityIndex, key: string): CityMatch {
  const full = index.fullNames.get(key) ?? index.shortForms.get(key);
  if (full !== undefined) return { kind: "normalizable", city: full };
  const cities = index.counties.get(key);
  if (cities !== undefined) {
    const [city] = cities;
    return cities.length === 1 && city !== undefined
      ? { kind: "county", county: key, city }
      : { kind: "county-ambiguous", county: key, cities };
  }
  // 杭州市余杭区: the city followed by one of its own counties.
  for (let len = Math.min(key.length - 1, MAX_CITY_KEY); len >= 2; len--) {
    const city = index.fullNames.get(key.slice(0, len));
    if (city === undefined) continue;
    if (index.counties.get(key.slice(len))?.includes(city)) return { kind: "normalizable", city };
  }
  return UNKNOWN;
}

function lookup(index: CityIndex, text: string): CityMatch {
  const key = nameKey(text);
  if (key === "") return UNKNOWN;
  const full = index.fullNames.get(key);
  if (full !== undefined) return full === text ? { kind: "exact", city: full } : { kind: "normalizable", city: full };
  const direct = matchKey(index, key);
  if (direct.kind !== "unknown") return withCounty(direct, text);
  // 浙江省杭州市, 浙江杭州: a province in front of the value.
  for (const p of index.provinceKeys) {
    if (key.length <= p.length || !key.startsWith(p)) continue;
    const rest = matchKey(index, key.slice(p.length));
    if (rest.kind !== "unknown") return withCounty(rest, text);
  }
  return UNKNOWN;
}

/** County matches report the county as the clerk wrote it. */
function withCounty(match: CityMatch, text: string): CityMatch {
  if (match.kind === "county" || match.kind === "county-ambiguous") return { ...match, county: text };
  return match;
}

/**
 * How a 所在市 value relates to the region's prefecture-level values. `exact` only for the full
 * name as written (surrounding white space aside); width, inner spaces, bracket styles, short
 * forms and a province in front make it `normalizable`. National scope accepts every value in
 * China and fixes a county only when its name is unique in China.
 */
export function matchCity(region: Region, value: string): CityMatch {
  const text = value.trim();
  const index = indexOf(region);
  const known = index.memo.get(text);
  if (known) return known;
  const match = lookup(index, text);
  if (index.memo.size >= MEMO_LIMIT) index.memo.clear();
  index.memo.set(text, match);
  return match;
}
