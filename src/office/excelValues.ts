import type { CellValue } from "../core/grid/cell";
import { excelSerialToDate, isDateFormat } from "../core/grid/dateFormat";

/** What Office.js accepts in `range.values`. */
export type ExcelLiteral = string | number | boolean;

/**
 * One cell as Office.js returned it, as the core's CellValue. Errors arrive as their text with
 * value type "Error"; a number in a date or time format becomes a Date wherever the cell is, by
 * the rule the exceljs readers follow (`isDateFormat`), so that both sides read the same cell alike.
 */
export function fromExcel(value: unknown, valueType: string | undefined, numberFormat?: unknown): CellValue {
  if (valueType === "Empty" || value === "" || value === null || value === undefined) return null;
  if (valueType === "Error") return { error: String(value) };
  if (typeof value === "number") {
    if (typeof numberFormat === "string" && isDateFormat(numberFormat)) return excelSerialToDate(value);
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

/**
 * `textCell`: the cell is formatted as text (`@`), where Excel keeps what is written as it is, a
 * leading apostrophe included — so none is added there. A date is not taken: its serial depends on
 * the workbook's date system (dateSystem.ts), which only the writer of cells knows.
 */
export function toExcel(value: Exclude<CellValue, Date>, textCell = false): ExcelLiteral {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  if (typeof value === "string") return !textCell && needsTextPrefix(value) ? `'${value}` : value;
  return value;
}
