import { FORM_COLUMNS, type ColumnKey } from "../form/columns";
import { FIRST_IDEOGRAPH, isIdeograph, LAST_IDEOGRAPH } from "../text/ideograph";
import { toHalfWidth } from "../text/normalize";

/** Units a clerk appends to a money heading: `资产总额（万元）`, `营业收入/万元`. */
const UNIT_WORDS = ["百万元", "万元", "千元", "亿元", "元"] as const;
const UNIT_SUFFIX = /(百万元|万元|千元|亿元|元)$/;
const BRACKETED = /\(([^()]*)\)/g;
/** Brackets left after half-width folding, which already turned （［｛ into ([{. */
const OPEN_BRACKET = /[【〔\[{]/g;
const CLOSE_BRACKET = /[】〕\]}]/g;
/** White space of every kind, including line breaks inside a cell and zero-width characters. */
const SPACES = /[\s\u200b-\u200d\u2060\ufeff]+/g;
const LEAD_MARKS = /^[*※#]+/;
/** `2020年营业收入`, `上年度利润总额`: the year the figures are for, not part of the name. */
const YEAR_PREFIX = /^(?:(?:19|20)\d{2}年度?|上一?年度?|本年度)/;
const TRAIL_MARKS = /[*※:：/、,，.。;；]+$/;

/** Text with one bracket style and no white space: the form every header comparison starts from. */
export function compactText(text: string): string {
  return toHalfWidth(text).replace(SPACES, "").replace(OPEN_BRACKET, "(").replace(CLOSE_BRACKET, ")");
}

/**
 * The normalised column-name key of a header cell: no spaces or line breaks, half-width, no
 * bracketed parts (`（万元）`, `（大类）`), no leading year (`2020年`), no trailing unit word or
 * punctuation, Latin upper-cased.
 * `资产总额（万元）`, `资产总额(万元)` and `资产总额\n万元` all give `资产总额`.
 */
export function headerKey(text: string): string {
  let key = compactText(text).replace(BRACKETED, "");
  const open = key.indexOf("(");
  if (open > 0) key = key.slice(0, open);
  key = key.replace(LEAD_MARKS, "").replace(TRAIL_MARKS, "");
  const withoutYear = key.replace(YEAR_PREFIX, "");
  if (withoutYear !== "") key = withoutYear;
  const withoutUnit = key.replace(UNIT_SUFFIX, "").replace(TRAIL_MARKS, "");
  if (withoutUnit !== "") key = withoutUnit;
  return key.toUpperCase();
}

/** The money unit a heading names (`资产总额（万元）` → `万元`), when it names one. */
export function headerUnit(text: string): string | undefined {
  const compact = compactText(text);
  for (const m of compact.matchAll(BRACKETED)) {
    const inner = (m[1] ?? "").replace(/^(金额)?单位[:：]?/, "");
    if ((UNIT_WORDS as readonly string[]).includes(inner)) return inner;
  }
  const bare = compact.replace(TRAIL_MARKS, "");
  const suffix = UNIT_SUFFIX.exec(bare);
  if (suffix && bare.length > suffix[0].length) return suffix[1];
  return undefined;
}

/**
 * Headings clerks write instead of the form's own, by key. Kept short on purpose: every alias
 * is a heading that could only mean that column. `联系电话` is also a header-block label, which
 * is why a header row must carry most of the columns (see locateHeader).
 */
const ALIASES: Readonly<Record<ColumnKey, readonly string[]>> = {
  seq: ["编号", "NO"],
  enterprise: ["企业名称", "申报企业", "申报单位", "申报单位名称", "单位名称", "企业全称", "申报企业全称"],
  experience: ["申报经验名称", "典型经验名称", "经验"],
  city: ["城市", "地市", "所在地市", "所在城市", "所属地市", "所属城市", "所在市州", "市州", "所在地"],
  industry: ["行业", "行业类别", "所属行业类别", "行业分类", "所属行业大类", "行业大类"],
  assets: ["总资产", "资产总计"],
  revenue: ["营业总收入", "主营业务收入"],
  taxProfit: ["利税", "利税合计"],
  profit: ["利润"],
  contact: ["联系人", "联系人姓名"],
  title: ["联系人职务", "职位"],
  phone: ["联系电话", "电话", "手机", "手机号码", "电话号码", "联系人电话"],
  remark: ["备注栏"],
};

const byKey = new Map<string, ColumnKey>();
for (const column of FORM_COLUMNS) {
  byKey.set(headerKey(column.name), column.key);
  for (const alias of ALIASES[column.key]) byKey.set(headerKey(alias), column.key);
}

/** Year prefixes headerKey drops, so a heading may also start with them. */
const YEAR_WORDS = ["上年", "上一", "本年"];
/**
 * First characters, and first two characters, of every accepted heading: cheap tests that skip
 * data cells while searching for the header. Two leading CJK ideographs are never changed by
 * normalising, so they must begin some heading as they stand.
 */
/**
 * By character code, so that testing a data cell makes no string: the header search tests every
 * cell of sheets with 100 000 rows. A pair of ideographs is numbered from the first ideograph,
 * which keeps it a small integer.
 */
const pairNumber = (first: number, second: number): number =>
  (first - FIRST_IDEOGRAPH) * (LAST_IDEOGRAPH - FIRST_IDEOGRAPH + 1) + (second - FIRST_IDEOGRAPH);
const LEADS = [...byKey.keys(), ...YEAR_WORDS];
const FIRST_CHARS: ReadonlySet<number> = new Set(LEADS.map((k) => k.charCodeAt(0)));
const FIRST_PAIRS: ReadonlySet<number> = new Set(
  LEADS.filter((k) => isIdeograph(k.charCodeAt(0)) && isIdeograph(k.charCodeAt(1))).map((k) =>
    pairNumber(k.charCodeAt(0), k.charCodeAt(1)),
  ),
);

/** The form column a heading names, by name or alias; undefined for anything else. */
export function columnKeyOf(text: string): ColumnKey | undefined {
  if (text.length === 0 || text.length > 80) return undefined;
  const first = text.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39 && !text.includes("年")) return undefined;
  if (isIdeograph(first)) {
    if (!FIRST_CHARS.has(first)) return undefined;
    const second = text.charCodeAt(1);
    if (isIdeograph(second) && !FIRST_PAIRS.has(pairNumber(first, second))) return undefined;
  }
  return byKey.get(headerKey(text));
}
