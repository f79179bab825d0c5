import { NATIONAL } from "../reference/region";
import { cityValuesOf, provinceNamesOf } from "../reference/regions";
import { nameKey } from "./normalize";

/**
 * Organisation forms a registered name ends in (企业名称登记管理规定: 行政区划 + 字号 + 行业 +
 * 组织形式), Chinese and the Latin ones of foreign-invested firms. Lists and `endsWith` rather
 * than one alternation with `$`, which a regex engine tries at every position of every name.
 */
const ONE_CHARACTER_FORMS = new Set(["厂", "院", "所", "社", "局", "场", "矿", "站"]);
const CHINESE_FORMS = ["公司", "集团", "中心", "企业", "合伙", "基地", "商行", "工作室"];
const LATIN_FORM = /(?:co\.?,?\s*ltd\.?|ltd\.?|limited|inc\.?|corp(?:oration)?\.?|company|group|gmbh|llc)$/i;
/** A form written in brackets after the name: 某某投资中心（有限合伙）, 某某控股（集团）. */
const BRACKETED_FORM = /[（(](?:有限合伙|普通合伙|特殊普通合伙|集团|筹)[）)]$/;

function endsWithAny(text: string, endings: readonly string[]): string | undefined {
  for (const e of endings) if (text.endsWith(e)) return e;
  return undefined;
}

function isAscii(ch: string | undefined): boolean {
  return ch !== undefined && ch.charCodeAt(0) < 0x80;
}

/** Whether a (trimmed) name ends in an organisation form. */
export function hasOrganisationForm(name: string): boolean {
  const last = name[name.length - 1];
  if (last === "）" || last === ")") return BRACKETED_FORM.test(name);
  if (last !== undefined && ONE_CHARACTER_FORMS.has(last)) return true;
  if (endsWithAny(name, CHINESE_FORMS) !== undefined) return true;
  return isAscii(last) && LATIN_FORM.test(name);
}

/** Endings (as in a `nameKey`) that say what kind of body it is rather than which; by last character, longest first. */
const FORM_SUFFIXES_BY_LAST = groupByLast([
  "股份有限公司", "有限责任公司", "专业合作社", "有限公司", "集团公司", "有限合伙", "总公司", "分公司", "研究院",
  "研究所", "设计院", "合作社", "公司", "集团", "控股", "股份", "总厂", "分厂", "中心", "厂",
]);

function groupByLast(endings: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const map = new Map<string, string[]>();
  for (const e of endings) {
    const last = e[e.length - 1]!;
    map.set(last, [...(map.get(last) ?? []), e]);
  }
  return map;
}
const LATIN_FORM_SUFFIX = /(?:CO\.?,?LTD\.?|LTD\.?|LIMITED|INC\.?|CORP\.?|GROUP)$/;
const BRACKET_GROUP = /\([^()]*\)/g;

/** Place names by the UTF-16 units of their first two characters, each list longest first. */
let placesByPrefix: ReadonlyMap<number, readonly string[]> | undefined;

function prefixCode(text: string): number {
  return text.charCodeAt(0) * 0x10000 + text.charCodeAt(1);
}

/**
 * Every name a place is called by at the start of an enterprise name: provinces (浙江省, 浙江),
 * prefectures (杭州市, 杭州), counties (余杭区, 昆山市, 昆山). District short forms stay out: 吉利
 * (吉利区) or 长安 are brand names far more often than places.
 */
function places(): ReadonlyMap<number, readonly string[]> {
  if (placesByPrefix) return placesByPrefix;
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
  const byPrefix = new Map<number, string[]>();
  for (const name of set) {
    const code = prefixCode(name);
    const list = byPrefix.get(code) ?? [];
    list.push(name);
    byPrefix.set(code, list);
  }
  for (const list of byPrefix.values()) list.sort((a, b) => b.length - a.length);
  placesByPrefix = byPrefix;
  return byPrefix;
}

/**
 * Strips places in front, longest name first (浙江省杭州市 → both). A place that would leave less
 * than two characters is the name itself, not a prefix.
 */
function stripPlaces(key: string): string {
  const byPrefix = places();
  let rest = key.startsWith("中国") || key.startsWith("中华") || key.startsWith("全国") ? key.slice(2) : key;
  for (;;) {
    const place = rest.length < 2 ? undefined : leadingPlace(rest, byPrefix.get(prefixCode(rest)));
    if (place === undefined || rest.length - place.length < 2) return rest;
    rest = rest.slice(place.length);
  }
}

function leadingPlace(text: string, candidates: readonly string[] | undefined): string | undefined {
  if (candidates === undefined) return undefined;
  for (let i = 0; i < candidates.length; i++) if (text.startsWith(candidates[i]!)) return candidates[i];
  return undefined;
}

function stripForms(key: string): string {
  let rest = key;
  for (;;) {
    const last = rest[rest.length - 1];
    const suffix = isAscii(last)
      ? LATIN_FORM_SUFFIX.exec(rest)?.[0]
      : endsWithAny(rest, (last !== undefined && FORM_SUFFIXES_BY_LAST.get(last)) || []);
    if (suffix === undefined || suffix.length >= rest.length) return rest;
    rest = rest.slice(0, rest.length - suffix.length);
  }
}

/**
 * The part of an enterprise name that tells it apart (its 字号 with what follows it), as a
 * `nameKey`: the name without bracketed asides, places in front and organisation forms at the end.
 * 杭州海康威视数字技术股份有限公司 → 海康威视数字技术; 中国石油化工股份有限公司 → 石油化工.
 * A name that is nothing but place and form keeps its form-less whole.
 */
export function distinctivePart(name: string): string {
  const folded = nameKey(name);
  const key = folded.includes("(") ? folded.replace(BRACKET_GROUP, "") : folded;
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
    const first = distinctive.charCodeAt(i);
    const next = distinctive.charCodeAt(i + 1);
    const afterNext = i + 2 < distinctive.length ? distinctive.charCodeAt(i + 2) : -1;
    for (let j = 0; j + 1 < textKey.length; j++) {
      if (textKey.charCodeAt(j) !== first) continue;
      const c = textKey.charCodeAt(j + 1);
      if (c === next || c === afterNext) return true;
    }
  }
  return false;
}
