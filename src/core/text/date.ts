import type { CellValue } from "../grid/cell";
import { CHINESE_DIGIT_CLASS, chineseDigitString, chineseSmallNumber } from "./numerals";
import { toHalfWidth } from "./normalize";

/** A calendar day, free of time zones: what a clerk means by 时间. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number;
}

/**
 * A date cell as read: `blank` when nothing was filled in (including the template's own
 * `2021年  月  日`), `invalid` when something was typed that is no date, else the day.
 */
export type DateReading =
  { readonly kind: "blank" } | { readonly kind: "invalid" } | { readonly kind: "date"; readonly date: CalendarDate };

const BLANK: DateReading = { kind: "blank" };
const INVALID: DateReading = { kind: "invalid" };

/** Excel's 1900 date system counts days from 1899-12-30 (it keeps Lotus's phantom 1900-02-29). */
const EXCEL_EPOCH_OFFSET = 25569;
const MS_PER_DAY = 86_400_000;
/** Serials outside 1990–2099 are more likely a typed number than a date. */
const SERIAL_MIN = 32874;
const SERIAL_MAX = 73415;

const TIME_SUFFIX = "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?";
const YMD_CN = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;
const YMD_SEP = new RegExp(`^(\\d{4})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})${TIME_SUFFIX}$`);
const YMD_COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const CN_NUMERALS = new RegExp(
  `^([${CHINESE_DIGIT_CLASS}]{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十廿卅]{1,3})\\s*[日号]?$`,
);
/** The template's placeholder and its variants: a year or nothing, then 年 月 日 with no numbers. */
const PLACEHOLDER = /^(?:(?:\d{4}|[〇零○Ｏ一二三四五六七八九]{4})?\s*年?\s*月\s*日)?$/;

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function reading(year: number, month: number, day: number): DateReading {
  return isValidDate(year, month, day) ? { kind: "date", date: { year, month, day } } : INVALID;
}

function fromUtcMs(ms: number): DateReading {
  if (!Number.isFinite(ms)) return INVALID;
  const d = new Date(ms);
  return reading(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function fromNumber(n: number): DateReading {
  if (!Number.isFinite(n)) return INVALID;
  if (n >= SERIAL_MIN && n < SERIAL_MAX + 1) return fromUtcMs((Math.floor(n) - EXCEL_EPOCH_OFFSET) * MS_PER_DAY);
  if (Number.isInteger(n) && n >= 19000101 && n <= 20991231) {
    return reading(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100);
  }
  return INVALID;
}

function fromText(raw: string): DateReading {
  const text = toHalfWidth(raw).trim();
  if (PLACEHOLDER.test(text)) return BLANK;
  let m = YMD_CN.exec(text);
  if (m) return reading(Number(m[1]), Number(m[2]), Number(m[3]));
  m = YMD_SEP.exec(text);
  if (m) return reading(Number(m[1]), Number(m[3]), Number(m[4]));
  m = YMD_COMPACT.exec(text);
  if (m) return reading(Number(m[1]), Number(m[2]), Number(m[3]));
  m = CN_NUMERALS.exec(text);
  if (m) {
    const year = chineseDigitString(m[1]!);
    const month = chineseSmallNumber(m[2]!);
    const day = chineseSmallNumber(m[3]!);
    if (year !== undefined && month !== undefined && day !== undefined) return reading(Number(year), month, day);
  }
  return INVALID;
}

/**
 * Reads a date as clerks enter it: a Date (read in UTC, as workbook readers produce them), an
 * Excel serial number, 20210601, or text — 2021年6月1日, 2021-06-01, 2021/6/1, 2021.6.1, with
 * full-width digits, or in Chinese numerals (二〇二一年六月一日). A time of day is ignored.
 */
export function parseDate(value: CellValue): DateReading {
  if (value === null) return BLANK;
  if (value instanceof Date) return fromUtcMs(value.getTime());
  if (typeof value === "number") return fromNumber(value);
  if (typeof value === "string") return fromText(value);
  return INVALID;
}

/** Orders two days: negative when a is earlier. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The day a Date falls on in UTC (the injected "today"). */
export function calendarDateOf(date: Date): CalendarDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function formatDate(d: CalendarDate): string {
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}
