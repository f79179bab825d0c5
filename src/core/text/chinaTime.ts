import type { Lang } from "../issues/lang";

/** China Standard Time, UTC+8 all year (China keeps no daylight saving). */
const CHINA_OFFSET_MS = 8 * 3_600_000;

const ZONE: Readonly<Record<Lang, string>> = { zh: "（北京时间）", en: " (Beijing time)" };

/**
 * A recorded moment (an ISO timestamp) as every front prints it: the footer on paper, the review
 * sheets, `qbench` and the web page. The units are in China, so it is China time, and it says so,
 * for a reader who compares it with a clock elsewhere: `2021-06-20 18:00（北京时间）`. Text that is
 * no timestamp is given back as it is.
 */
export function chinaTime(iso: string, lang: Lang): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  const shifted = new Date(at + CHINA_OFFSET_MS).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}${ZONE[lang]}`;
}
