import { NATIONAL } from "../reference/region";
import { cityValuesOf, provinceNamesOf } from "../reference/regions";
import { ListsByCode } from "./listsByCode";
import { nameKey } from "./normalize";

/**
 * Organisation forms a registered name ends in (企业名称登记管理规定: 行政区划 + 字号 + 行业 +
 * 组织形式), Chinese and the Latin ones of foreign-invested firms. Lists and `endsWith` rather
 * than one alternation with `$`, which a regex engine tries at every position of every name.
 */
const ONE_CHARACTER_FORMS = new Set(["厂", "院", "所", "社", "局", "场", "矿", "站"].map((c) => c.charCodeAt(0)));
const CHINESE_FORMS = ["公司", "集团", "中心", "企业", "合伙", "基地", "商行", "工作室"];
const LATIN_FORM = /(?:co\.?,?\s*ltd\.?|ltd\.?|limited|inc\.?|corp(?:oration)?\.?|company|group|gmbh|llc)$/i;
/** A form written in brackets after the name: 某某投资中心（有限合伙）, 某某控股（集团）. */
const BRACKETED_FORM = /[（(](?:有限合伙|普通合伙|特殊普通合伙|集团|筹)[）)]$/;
const CLOSING_BRACKETS = new Set(["）", ")"].map((c) => c.charCodeAt(0)));

function endsWithAny(text: string, endings: readonly string[]): boolean {
  for (const e of endings) if (text.endsWith(e)) return true;
  return false;
}

/** Whether a (trimmed) name ends in an organisation form. */
export function hasOrganisationForm(name: string): boolean {
  if (name === "") return false;
  // By character code: taking the last character as a string would allocate one per name.
  const last = name.charCodeAt(name.length - 1);
  if (CLOSING_BRACKETS.has(last)) return BRACKETED_FORM.test(name);
  if (ONE_CHARACTER_FORMS.has(last)) return true;
  if (endsWithAny(name, CHINESE_FORMS)) return true;
  return last < 0x80 && LATIN_FORM.test(name);
}

/** Endings (as in a `nameKey`) that say what kind of body it is rather than which; by last character, longest first. */
const FORM_SUFFIXES_BY_LAST = new ListsByCode();
for (const e of [
  "股份有限公司",
  "有限责任公司",
  "专业合作社",
  "有限公司",
  "集团公司",
  "有限合伙",
  "总公司",
  "分公司",
  "研究院",
  "研究所",
  "设计院",
  "合作社",
  "公司",
  "集团",
  "控股",
  "股份",
  "总厂",
  "分厂",
  "中心",
  "厂",
]) {
  FORM_SUFFIXES_BY_LAST.add(e.charCodeAt(e.length - 1), e);
}
const LATIN_FORM_SUFFIX = /(?:CO\.?,?LTD\.?|LTD\.?|LIMITED|INC\.?|CORP\.?|GROUP)$/;
const BRACKET_GROUP = /\([^()]*\)/g;

/**
 * Place names by a 16-bit bucket of their first two characters, each list longest first (by the
 * first character alone, lists such as 新… run to 80 names). Names that share a bucket without
 * sharing the two characters are told apart by `startsWith`.
 */
let placesByPrefix: ListsByCode | undefined;

function prefixBucket(text: string, at: number): number {
  return (text.charCodeAt(at) * 31 + text.charCodeAt(at + 1)) & 0xffff;
}

/**
 * Every name a place is called by at the start of an enterprise name: provinces (浙江省, 浙江),
 * prefectures (杭州市, 杭州), counties (余杭区, 昆山市, 昆山). District short forms stay out: 吉利
 * (吉利区) or 长安 are brand names far more often than places.
 */
function places(): ListsByCode {
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
  const byPrefix = new ListsByCode();
  for (const name of set) byPrefix.add(prefixBucket(name, 0), name);
  placesByPrefix = byPrefix.sortLongestFirst();
  return placesByPrefix;
}

/*
 * The distinctive part is worked out as a span [start, end) of the name's key rather than by
 * slicing: the experience-title rule asks it of every row, and each slice is a string to collect.
 */

/**
 * Where the places in front of `key[0, end)` end, longest name first (浙江省杭州市 → after both).
 * A place that would leave less than two characters is the name itself, not a prefix.
 */
function placesEnd(key: string, end: number): number {
  const byPrefix = places();
  let start = end >= 2 && (key.startsWith("中国") || key.startsWith("中华") || key.startsWith("全国")) ? 2 : 0;
  for (;;) {
    const place = end - start < 2 ? undefined : leadingPlace(key, start, end, byPrefix.get(prefixBucket(key, start)));
    if (place === undefined || end - start - place.length < 2) return start;
    start += place.length;
  }
}

function leadingPlace(key: string, start: number, end: number, candidates: readonly string[] | undefined): string | undefined {
  if (candidates === undefined) return undefined;
  for (let i = 0; i < candidates.length; i++) {
    const place = candidates[i]!;
    if (start + place.length <= end && key.startsWith(place, start)) return place;
  }
  return undefined;
}

/** Where the organisation forms at the end of `key` begin (有限公司, 集团有限公司 → before both). */
function formsStart(key: string): number {
  let end = key.length;
  for (;;) {
    if (end === 0) return end;
    const last = key.charCodeAt(end - 1);
    const suffix = last < 0x80 ? LATIN_FORM_SUFFIX.exec(key.slice(0, end))?.[0] : endingAt(key, end, FORM_SUFFIXES_BY_LAST.get(last));
    if (suffix === undefined || suffix.length >= end) return end;
    end -= suffix.length;
  }
}

function endingAt(key: string, end: number, endings: readonly string[] | undefined): string | undefined {
  if (endings === undefined) return undefined;
  for (let i = 0; i < endings.length; i++) if (key.endsWith(endings[i]!, end)) return endings[i];
  return undefined;
}

/** A name key without bracketed asides: ABB(中国)有限公司 → ABB有限公司. */
function withoutAsides(key: string): string {
  return key.includes("(") ? key.replace(BRACKET_GROUP, "") : key;
}

/** The start of the distinctive part of `key[0, end)`; a name of nothing but place keeps its whole. */
function distinctiveStart(key: string, end: number): number {
  const start = placesEnd(key, end);
  return start === end ? 0 : start;
}

/**
 * The part of an enterprise name that tells it apart (its 字号 with what follows it), as a
 * `nameKey`: the name without bracketed asides, places in front and organisation forms at the end.
 * 杭州海康威视数字技术股份有限公司 → 海康威视数字技术; 中国石油化工股份有限公司 → 石油化工.
 * A name that is nothing but place and form keeps its form-less whole.
 */
export function distinctivePart(name: string): string {
  const key = withoutAsides(nameKey(name));
  const end = formsStart(key);
  return key.slice(distinctiveStart(key, end), end);
}

/**
 * Whether `textKey` holds two neighbouring characters of `part[start, end)`, or two with one
 * between them — Chinese short names often skip one (石油化工 → 石化).
 */
function holdsPairOf(textKey: string, part: string, start: number, end: number): boolean {
  for (let i = start; i + 1 < end; i++) {
    const first = part.charCodeAt(i);
    const next = part.charCodeAt(i + 1);
    const afterNext = i + 2 < end ? part.charCodeAt(i + 2) : -1;
    for (let j = 0; j + 1 < textKey.length; j++) {
      if (textKey.charCodeAt(j) !== first) continue;
      const c = textKey.charCodeAt(j + 1);
      if (c === next || c === afterNext) return true;
    }
  }
  return false;
}

/**
 * Whether a text names the enterprise whose distinctive part is given: it holds two neighbouring
 * characters of it, or two with one between them. `textKey` is the `nameKey` of the text.
 */
export function namesEnterprise(textKey: string, distinctive: string): boolean {
  return holdsPairOf(textKey, distinctive, 0, distinctive.length);
}

/**
 * Whether a text names the enterprise: by a pair of characters of its distinctive part (see
 * `namesEnterprise`), or, when that part is a single character or none, by holding it. Both
 * arguments are `nameKey`s.
 */
export function textNamesEnterprise(textKey: string, enterpriseKey: string): boolean {
  const key = withoutAsides(enterpriseKey);
  const end = formsStart(key);
  const start = distinctiveStart(key, end);
  return end - start < 2 ? textKey.includes(key.slice(start, end)) : holdsPairOf(textKey, key, start, end);
}
