import type { IssueCode } from "./codes";
import type { Lang } from "./messages";

/**
 * Why an issue was raised, when one code has several causes. A check puts the reason's code in
 * `params.reason` (several joined by ","), and `renderMessage` puts the text in the issue's
 * language in place of `{reason}`. The texts may use the issue's own placeholders ({value}, {year} …).
 */
export type ReasonTable = Readonly<Record<string, Readonly<Record<Lang, string>>>>;

export const DATE_INVALID_REASONS = {
  missing: { zh: "未填写", en: "is not filled in" },
  "not-a-date": { zh: "“{value}”不是有效日期", en: "“{value}” is not a valid date" },
} as const satisfies ReasonTable;

export const DATE_OUT_OF_RANGE_REASONS = {
  future: { zh: "晚于今天", en: "is later than today" },
  "other-year": { zh: "不在 {year} 年内", en: "is not in {year}" },
} as const satisfies ReasonTable;

export const FILLER_PHONE_REASONS = {
  missing: { zh: "未填写", en: "is blank" },
  "not-a-phone": { zh: "“{value}”不是有效的手机号或固定电话", en: "“{value}” is not a valid mobile or landline number" },
} as const satisfies ReasonTable;

export const ENTERPRISE_NAME_REASONS = {
  "no-form-suffix": {
    zh: "没有“有限公司”“股份有限公司”“集团”“厂”等组织形式结尾",
    en: "it does not end in an organisation form such as 有限公司, 股份有限公司, 集团 or 厂",
  },
  "edge-symbol": { zh: "首尾有多余符号", en: "it starts or ends with a stray symbol" },
  "stray-symbol": { zh: "含有 *、#、? 等不应出现在名称中的符号", en: "it contains symbols such as *, # or ? that names do not" },
  whitespace: { zh: "含有多余的空格或换行", en: "it contains stray spaces or line breaks" },
  "half-width-brackets": {
    zh: "括号应使用全角“（）”，与营业执照一致",
    en: "brackets should be full-width （）, as on the business licence",
  },
} as const satisfies ReasonTable;

export const EXPERIENCE_PATTERN_REASONS = {
  "no-experience-suffix": { zh: "应以“经验”结尾", en: "it should end in 经验" },
  "no-enterprise": {
    zh: "未体现申报企业（如企业简称）",
    en: "it does not name the enterprise (e.g. by its short name)",
  },
} as const satisfies ReasonTable;

export const CONTACT_NAME_REASONS = {
  phone: { zh: "含有电话号码", en: "it holds a phone number" },
  digits: { zh: "含有数字", en: "it holds digits" },
  "job-title": { zh: "含有职务，职务请填在“职务”栏", en: "it holds a job title, which belongs in 职务" },
  honorific: { zh: "是称呼而非姓名", en: "it is a form of address, not a name" },
} as const satisfies ReasonTable;

export const PHONE_NORMALIZABLE_REASONS = {
  "number-cell": {
    zh: "（单元格为数字格式，宜存为文本，以免丢失开头的 0 或显示为科学计数法）",
    en: " (the cell holds a number; store it as text so that a leading 0 or digits are not lost)",
  },
} as const satisfies ReasonTable;

export const REASONS: Partial<Record<IssueCode, ReasonTable>> = {
  "date-invalid": DATE_INVALID_REASONS,
  "date-out-of-range": DATE_OUT_OF_RANGE_REASONS,
  "filler-phone-invalid": FILLER_PHONE_REASONS,
  "enterprise-name-format": ENTERPRISE_NAME_REASONS,
  "experience-name-pattern": EXPERIENCE_PATTERN_REASONS,
  "contact-name-invalid": CONTACT_NAME_REASONS,
  "phone-normalizable": PHONE_NORMALIZABLE_REASONS,
};

const JOINER: Readonly<Record<Lang, string>> = { zh: "；", en: "; " };

/**
 * The text of `params.reason` in `lang`, when every reason code in it is known; undefined for a
 * free-text reason (which the template then shows as it is).
 */
export function reasonText(code: IssueCode, reason: string, lang: Lang): string | undefined {
  const table = REASONS[code];
  if (table === undefined) return undefined;
  const texts: string[] = [];
  for (const r of reason.split(",")) {
    const text = table[r]?.[lang];
    if (text === undefined) return undefined;
    texts.push(text);
  }
  return texts.join(JOINER[lang]);
}
