import { nameKey } from "../text/normalize";
import { CORPS } from "./corps";
import { provinceTable, type CityValue, type ProvinceEntry } from "./divisionTable";
import { NATIONAL, type Region } from "./region";

/** The 计划单列市, which recommend on their own (codes of GB/T 2260). */
const PLANNED_CITY_CODES = ["210200", "370200", "330200", "350200", "440300"];

/** Words that make a unit a (national) industry organisation rather than a government department. */
const ASSOCIATION = /协会|联合会|学会|商会|研究会|促进会|联盟/;
const NATIONAL_PREFIX = /^(中国|全国|国家|中华)/;
/** The label a clerk may leave in front of the unit's name: 推荐单位（盖章）： */
const UNIT_LABEL = /^推荐单位(\(盖章\))?[:：]?/;

interface RegionEntry {
  readonly region: Region;
  /** What the region's 所在市 values are. */
  readonly values: readonly CityValue[];
  /** Province names (full and short) a clerk may put in front of a city: 浙江省杭州市. */
  readonly provinceNames: readonly string[];
}

interface Registry {
  readonly entries: readonly RegionEntry[];
  readonly byCode: ReadonlyMap<string, RegionEntry>;
  /** nameKey of every full name, short form and code → region. */
  readonly byKey: ReadonlyMap<string, Region>;
  /** nameKey of every prefecture-level full name → the province it lies in (for unit names such as 杭州市经信局). */
  readonly provinceOfCity: ReadonlyMap<string, Region>;
}

let registry: Registry | undefined;

function provinceNames(p: ProvinceEntry): string[] {
  return [p.region.name, ...p.shortForms];
}

function buildRegistry(): Registry {
  const provinces = provinceTable();
  const entries: RegionEntry[] = [];
  const byKey = new Map<string, Region>();
  const provinceOfCity = new Map<string, Region>();
  const add = (entry: RegionEntry, names: readonly string[]) => {
    entries.push(entry);
    for (const n of [...names, entry.region.code]) byKey.set(nameKey(n), entry.region);
  };

  for (const p of provinces) {
    add({ region: p.region, values: p.values, provinceNames: provinceNames(p) }, provinceNames(p));
    for (const v of p.values) if (v.kind === "prefecture" || v.kind === "direct") provinceOfCity.set(nameKey(v.name), p.region);
  }
  for (const code of PLANNED_CITY_CODES) {
    const p = provinces.find((e) => e.region.code.slice(0, 2) === code.slice(0, 2));
    const city = p?.values.find((v) => v.code === code);
    if (!p || !city) throw new Error(`reference table lacks the planned city ${code}`);
    add({ region: { code, name: city.name, kind: "planned-city" }, values: [city], provinceNames: provinceNames(p) }, [
      city.name,
      ...city.shortForms,
    ]);
  }
  const xinjiang = provinces.find((e) => e.region.code === "650000");
  if (!xinjiang) throw new Error("reference table lacks 新疆维吾尔自治区");
  add(
    {
      region: CORPS,
      values: xinjiang.values.filter((v) => v.kind === "direct"),
      provinceNames: [...provinceNames(xinjiang), CORPS.name, "兵团"],
    },
    [CORPS.name, "兵团", "新疆兵团", "XPCC", "CORPS"],
  );
  add({ region: NATIONAL, values: provinces.flatMap((p) => p.values), provinceNames: provinces.flatMap(provinceNames) }, [
    NATIONAL.name,
    "全国性",
    "NATIONAL",
  ]);
  return { entries, byCode: new Map(entries.map((e) => [e.region.code, e])), byKey, provinceOfCity };
}

function reg(): Registry {
  registry ??= buildRegistry();
  return registry;
}

/** Every recommending region: 31 provinces, 5 计划单列市, 新疆生产建设兵团, national scope last. */
export function listRegions(): Region[] {
  return reg().entries.map((e) => e.region);
}

/**
 * A region by what a user or a setting calls it: full name (浙江省, 宁波市), short form (浙江, 宁波,
 * 广西, 兵团), code (330000, 330200, 660000, 000000) or 全国 / national. Undefined when unknown.
 */
export function regionByName(name: string): Region | undefined {
  const key = nameKey(name);
  return key === "" ? undefined : reg().byKey.get(key);
}

/**
 * The region a 推荐单位 text speaks for: 浙江省经济和信息化厅, 浙江经信厅 → 浙江省; 宁波市经济和信息化局 →
 * 宁波市 (planned city); 新疆生产建设兵团工业和信息化局 → the corps; 中国机械工业联合会 or any
 * 协会/联合会/学会/商会 without a place in front → national scope. A unit of an ordinary prefecture
 * (杭州市经信局) maps to its province, whose list it feeds. Anything else is undefined, so that the
 * caller can say the unit was not recognised instead of silently checking against all of China.
 */
export function regionOfUnit(unitText: string): Region | undefined {
  const key = nameKey(unitText).replace(UNIT_LABEL, "");
  if (key === "") return undefined;
  const { entries, provinceOfCity } = reg();
  if (key.includes("兵团")) return CORPS;
  const planned = entries.filter((e) => e.region.kind === "planned-city");
  const provinces = entries.filter((e) => e.region.kind !== "planned-city" && e.region.kind !== "corps" && e.region.kind !== "national");
  const startsWithAny = (names: readonly string[]) => names.some((n) => key.startsWith(nameKey(n)));

  const city = planned.find((e) => startsWithAny([e.region.name, ...(e.values[0]?.shortForms ?? [])]));
  if (city) return city.region;
  const province = provinces.find((e) => key.startsWith(nameKey(e.region.name)));
  if (province) return province.region;
  for (let len = Math.min(key.length - 1, 12); len >= 2; len--) {
    const found = provinceOfCity.get(key.slice(0, len));
    if (found) return found;
  }
  const short = provinces.find((e) => startsWithAny(e.provinceNames));
  if (short) return short.region;
  if (ASSOCIATION.test(key) || NATIONAL_PREFIX.test(key)) return NATIONAL;
  return undefined;
}

function entryOf(region: Region): RegionEntry {
  const { byCode, byKey } = reg();
  const known = byCode.get(region.code) ?? byCode.get(byKey.get(nameKey(region.name))?.code ?? "");
  // A region this table does not know is checked against all of China rather than rejecting every city.
  return known ?? byCode.get(NATIONAL.code)!;
}

/** The 所在市 values of a region, with short forms and counties (for matching). */
export function cityValuesOf(region: Region): readonly CityValue[] {
  return entryOf(region).values;
}

/** Province names (full and short) that may precede a city in a value of this region. */
export function provinceNamesOf(region: Region): readonly string[] {
  return entryOf(region).provinceNames;
}

/**
 * The values for the 所在市 dropdown: a province's prefecture-level divisions (plus the county-level
 * cities it governs directly), a 直辖市's districts and counties, a planned city itself, the corps'
 * cities; national scope: all of them, each name once.
 */
export function prefecturesOf(region: Region): string[] {
  const names = cityValuesOf(region)
    .filter((v) => v.kind !== "municipality")
    .map((v) => v.name);
  return [...new Set(names)];
}
