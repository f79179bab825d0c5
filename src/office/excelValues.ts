import type { CellValue } from "../core/grid/cell";

/** What Office.js accepts in `range.values`. */
export type ExcelLiteral = string | number | boolean;

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Excel's date serial as a UTC date (serial 1 = 1900-01-01; the 1900 leap-year bug is ignored). */
export function serialToDate(serial: number): Date {
  return new Date(EXCEL_EPOCH_MS + Math.round(serial * DAY_MS));
}

export function dateToSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
}

/**
 * Whether a number format shows a date. Quoted text, escapes, padding (`_x`, `*x`) and [..]
 * sections (colours, locales) are dropped first, so `"day"` or `[Red]0.00` do not count; a format
 * with only hours and minutes is a time, not a date.
 */
export function isDateFormat(format: string): boolean {
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/[\\_*]./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .toLowerCase();
  return /[yd年月日]/.test(bare);
}

/**
 * One cell as Office.js returned it, as the core's CellValue. Errors arrive as their text with
 * value type "Error"; numbers in a date format become dates so that the core sees what the clerk sees.
 */
export function fromExcel(value: unknown, valueType: string | undefined, numberFormat?: unknown): CellValue {
  if (valueType === "Empty" || value === "" || value === null || value === undefined) return null;
  if (valueType === "Error") return { error: String(value) };
  if (typeof value === "number") {
    if (typeof numberFormat === "string" && isDateFormat(numberFormat)) return serialToDate(value);
    return value;
  }
  if (typeof value === "boolean") return value;
  return String(value);
}

/**
 * Excel parses what is written into `values` as if typed: "=…" becomes a formula, "123" a number,
 * "TRUE" a boolean, "#N/A" an error. A leading apostrophe keeps such text as text (and is not
 * stored), so text this add-in writes never turns into anything else.
 */
export function needsTextPrefix(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  if (/^[=+\-@'#]/.test(t)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  return /^[\d.,$¥￥€£(（%]/.test(t);
}

export function toExcel(value: CellValue): ExcelLiteral {
  if (value === null) return "";
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === "object") return value.error;
  if (typeof value === "string") return needsTextPrefix(value) ? `'${value}` : value;
  return value;
}
