import { CHINESE_DIGIT_CLASS, chineseDigitString } from "./numerals";
import { toHalfWidth } from "./normalize";

/** A year found in free text, with where it starts (in the half-width text). */
export interface YearMention {
  readonly year: number;
  readonly index: number;
}

const MIN_YEAR = 1949;
const MAX_YEAR = 2099;

/**
 * Four digits are a year when marked by 年 or standing alone; 2050万元 and 2019.5 亿 are amounts,
 * not years.
 */
const FOUR_DIGITS = /(?<![\d.])(\d{4})(?!\d)(?!(?:\.\d+)?\s*[万亿元千百%])/g;
/** 二〇一九 / 二零一九: four digit characters read digit by digit. */
const CHINESE_FOUR = new RegExp(`(?<![${CHINESE_DIGIT_CLASS}十])([${CHINESE_DIGIT_CLASS}]{4})(?![${CHINESE_DIGIT_CLASS}十])`, "g");
/**
 * 19年 / 一九年 abbreviate 2019 — but not in 连续10年 or 10年来 (durations), so a two-digit year
 * needs 年 after it and no quantity word around it.
 */
const TWO_DIGITS = new RegExp(
  `(?<![\\d${CHINESE_DIGIT_CLASS}十连续近前去多第满达共约超逾])(\\d{2}|[${CHINESE_DIGIT_CLASS}]{2})年(?![来以间内前后多左余])`,
  "g",
);

function inRange(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

function collect(re: RegExp, text: string, toYear: (token: string) => number | undefined, out: YearMention[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const year = toYear(m[1]!);
    if (year !== undefined && inRange(year)) out.push({ year, index: m.index });
  }
}

function chineseYear(token: string): number | undefined {
  const digits = chineseDigitString(token);
  return digits === undefined ? undefined : Number(digits);
}

function twoDigitYear(token: string): number | undefined {
  const digits = /^\d{2}$/.test(token) ? token : chineseDigitString(token);
  return digits === undefined ? undefined : 2000 + Number(digits);
}

/**
 * The years a text names, in reading order: 2019, 2019年度, ２０１９, 二〇一九年, 二零一九, and the
 * abbreviations 19年 / 一九年 (read as 2019). Only 1949–2099 count as years.
 */
export function findYearMentions(text: string): YearMention[] {
  const half = toHalfWidth(text);
  const out: YearMention[] = [];
  collect(FOUR_DIGITS, half, Number, out);
  collect(CHINESE_FOUR, half, chineseYear, out);
  collect(TWO_DIGITS, half, twoDigitYear, out);
  return out.sort((a, b) => a.index - b.index);
}

/** The years a text names, in reading order (see `findYearMentions`). */
export function findYears(text: string): number[] {
  return findYearMentions(text).map((m) => m.year);
}
