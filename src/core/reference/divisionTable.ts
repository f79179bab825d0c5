import { CORPS_DIVISION_OF_CITY } from "./corps";
import { PROVINCES } from "./generated/divisions";
import type { Region, RegionKind } from "./region";

/**
 * prefecture: a prefecture-level division (地级市, 地区, 自治州, 盟). direct: a county-level division a
 * province governs directly (济源市, 仙桃市, 石河子市 …), which the form treats as a city. district: a
 * 直辖市's district or county, the 直辖市's expected 所在市 values. municipality: the 直辖市 itself,
 * accepted as a value but not offered in the dropdown.
 */
export type CityValueKind = "prefecture" | "direct" | "district" | "municipality";

export interface CityValue {
  readonly code: string;
  readonly name: string;
  readonly kind: CityValueKind;
  readonly shortForms: readonly string[];
  /** County-level divisions of a prefecture (empty for the other kinds). */
  readonly counties: readonly string[];
}

export interface ProvinceEntry {
  readonly region: Region;
  readonly shortForms: readonly string[];
  readonly values: readonly CityValue[];
}

const VALUE_KINDS: Readonly<Record<string, CityValueKind>> = { P: "prefecture", D: "direct", M: "district" };
const MUNICIPALITIES = new Set(["北京市", "天津市", "上海市", "重庆市"]);

function provinceKind(name: string): RegionKind {
  if (MUNICIPALITIES.has(name)) return "municipality";
  return name.endsWith("自治区") ? "autonomous-region" : "province";
}

function parseValue(encoded: string): CityValue {
  const kind = VALUE_KINDS[encoded[0] ?? ""];
  if (!kind) throw new Error(`reference table: bad value ${encoded.slice(0, 20)}`);
  const [names = "", counties = ""] = encoded.slice(7).split(":");
  const [name = "", ...shortForms] = names.split("/");
  const division = kind === "direct" ? CORPS_DIVISION_OF_CITY[name] : undefined;
  return {
    code: encoded.slice(1, 7),
    name,
    kind,
    shortForms: division ? [...shortForms, division, `${division}${name}`] : shortForms,
    counties: counties ? counties.split(",") : [],
  };
}

function parseProvince([code, names, encoded]: readonly [string, string, string]): ProvinceEntry {
  const [name = "", ...shortForms] = names.split("/");
  const kind = provinceKind(name);
  const values = encoded.split("|").map(parseValue);
  if (kind === "municipality") {
    values.push({ code, name, kind: "municipality", shortForms, counties: [] });
  }
  return { region: { code, name, kind }, shortForms, values };
}

let table: readonly ProvinceEntry[] | undefined;

/** The 31 province-level regions with their 所在市 values, parsed once on first use. */
export function provinceTable(): readonly ProvinceEntry[] {
  table ??= PROVINCES.map(parseProvince);
  return table;
}
