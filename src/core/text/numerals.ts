/**
 * Chinese numerals as clerks write them in dates and years: digit by digit for a year
 * (二〇二一, 二零一九) and in counting form for a month or day (十二, 二十一, 廿一).
 */

const DIGIT_VALUE: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  "○": 0,
  Ｏ: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Characters that may spell one digit of a year: 〇 零 ○ 一 … 九. */
export const CHINESE_DIGIT_CLASS = "〇零○Ｏ一二三四五六七八九";

/** A run of Chinese digits read digit by digit (二〇一九 → "2019"); undefined if any is not a digit. */
export function chineseDigitString(text: string): string | undefined {
  let out = "";
  for (const ch of text) {
    const d = DIGIT_VALUE[ch];
    if (d === undefined) return undefined;
    out += d;
  }
  return out;
}

/** 1–99 in counting form (六, 十, 十二, 二十, 二十一, 廿一, 卅, 三十一); undefined otherwise. */
export function chineseSmallNumber(text: string): number | undefined {
  const tens = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(text);
  if (tens) return (tens[1] ? DIGIT_VALUE[tens[1]]! : 1) * 10 + (tens[2] ? DIGIT_VALUE[tens[2]]! : 0);
  const old = /^([廿卅])([一二三四五六七八九])?$/.exec(text);
  if (old) return (old[1] === "廿" ? 20 : 30) + (old[2] ? DIGIT_VALUE[old[2]]! : 0);
  if (text.length === 1) {
    const d = DIGIT_VALUE[text];
    return d === undefined || d === 0 ? undefined : d;
  }
  return undefined;
}
