import { NATIONAL } from "../reference/region";
import { cityValuesOf, provinceNamesOf } from "../reference/regions";
import { nameKey } from "./normalize";

/**
 * Organisation forms a registered name ends in (企业名称登记管理规定: 行政区划 + 字号 + 行业 +
 * 组织形式), Chinese and the Latin ones of foreign-invested firms.
 */
const ORGANISATION_FORM =
  /(?:公司|集团|厂|院|所|合作社|联合社|中心|企业|合伙|局|社|场|矿|站|基地|商行|工作室|co\.?,?\s*ltd\.?|ltd\.?|limited|inc\.?|corp(?:oration)?\.?|company|group|gmbh|llc)$/i;
/** A form written in brackets after the name: 某某投资中心（有限合伙）, 某某控股（集团）. */
const BRACKETED_FORM = /[（(](?:有限合伙|普通合伙|特殊普通合伙|集团|筹)[）)]$/;

/** Whether a (trimmed) name ends in an organisation form. */
export function hasOrganisationForm(name: string): boolean {
  return ORGANISATION_FORM.test(name.replace(BRACKETED_FORM, "") || name) || BRACKETED_FORM.test(name);
}

/** Endings that say what kind of body it is rather than which one; stripped repeatedly. */
const FORM_SUFFIX =
  /(?:股份有限公司|有限责任公司|有限公司|集团公司|总公司|分公司|公司|集团|控股|股份|总厂|分厂|厂|研究院|研究所|设计院|专业合作社|合作社|中心|有限合伙|CO\.?,?LTD\.?|LTD\.?|LIMITED|INC\.?|CORP\.?|GROUP)$/;
const BRACKET_GROUP = /\([^()]*\)/g;
const NATION_PREFIX = /^(?:中国|中华|全国)/;
const MAX_PLACE_LENGTH = 10;

let placeNames: ReadonlySet<string> | undefined;

/**
 * Every name a place is called by at the start of an enterprise name: provinces (浙江省, 浙江),
 * prefectures (杭州市, 杭州), counties (余杭区, 昆山市, 昆山). District short forms stay out: 吉利
 * (吉利区) or 长安 are brand names far more often than places.
 */
function places(): ReadonlySet<string> {
  if (placeNames) return placeNames;
  const set = new Set<string>();
  const add = (n: string) => {
    const key = nameKey(n);
    if (key.length >= 2) set.add(key);
  };
  provinceNamesOf(NATIONAL).forEach(add);
  for (const v of cityValuesOf(NATIONAL)) {
    add(v.name);
    v.shortForms.forEach(add);
    for (const county of v.counties) {
      add(county);
      if (county.length >= 3 && /[市县]$/.test(county)) add(county.slice(0, -1));
    }
  }
  placeNames = set;
  return set;
}

function stripPlaces(key: string): string {
  const known = places();
  let rest = key.replace(NATION_PREFIX, "");
  for (let found = true; found; ) {
    found = false;
    for (let len = Math.min(MAX_PLACE_LENGTH, rest.length - 1); len >= 2; len--) {
      if (known.has(rest.slice(0, len))) {
        rest = rest.slice(len);
        found = true;
        break;
      }
    }
  }
  return rest;
}

function stripForms(key: string): string {
  let rest = key;
  for (let next = rest.replace(FORM_SUFFIX, ""); next !== rest && next !== ""; next = rest.replace(FORM_SUFFIX, "")) {
    rest = next;
  }
  return rest;
}

/**
 * The part of an enterprise name that tells it apart (its 字号 with what follows it), as a
 * `nameKey`: the name without bracketed asides, places in front and organisation forms at the end.
 * 杭州海康威视数字技术股份有限公司 → 海康威视数字技术; 中国石油化工股份有限公司 → 石油化工.
 * A name that is nothing but place and form keeps its form-less whole.
 */
export function distinctivePart(name: string): string {
  const key = nameKey(name).replace(BRACKET_GROUP, "");
  const withoutForms = stripForms(key);
  return stripPlaces(withoutForms) || withoutForms;
}

/**
 * Whether a text names the enterprise: it holds two neighbouring characters of the distinctive
 * part, or two with one between them — Chinese short names often skip one (石油化工 → 石化).
 * `textKey` is the `nameKey` of the text.
 */
export function namesEnterprise(textKey: string, distinctive: string): boolean {
  for (let i = 0; i + 1 < distinctive.length; i++) {
    if (textKey.includes(distinctive.slice(i, i + 2))) return true;
    if (i + 2 < distinctive.length && textKey.includes(distinctive[i]! + distinctive[i + 2]!)) return true;
  }
  return false;
}
