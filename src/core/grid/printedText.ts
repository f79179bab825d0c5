import { format as formatNumber } from "ssf";
import { canonicalDate, canonicalNumber } from "../seal/canonical";
import type { CellValue } from "./cell";
import { dateToExcelSerial, isDateFormat } from "./dateFormat";

/** Excel keeps a number format code to 255 characters; a longer one is no format Excel wrote. */
const MAX_FORMAT_LENGTH = 255;

/**
 * The text a cell prints: its value through its number format, by SheetJS's SSF (the format
 * engine of ECMA-376 number format codes, pure and the same in every host), so that the command
 * line, the add-in and the preview print the same cell alike from the value and the format code
 * each reader hands over — never from a host's own rendering (Excel's `range.text` depends on the
 * column's width and the user's locale). `General` or no format prints the value as General does.
 * A date prints through its date format; a format SSF cannot read prints the value's canonical
 * text. The result is canonical like a text value: NFC, line breaks as \n, trimmed.
 */
export function printedText(value: CellValue, format: string | undefined): string {
  return canonicalPrint(rawPrint(value, format));
}

function canonicalPrint(text: string): string {
  return text.normalize("NFC").replace(/\r\n?/g, "\n").trim();
}

function rawPrint(value: CellValue, format: string | undefined): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "object" && !(value instanceof Date)) return value.error;
  const code = format === undefined || format === "" || format.length > MAX_FORMAT_LENGTH ? "General" : format;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime()) || !isDateFormat(code)) return canonicalDate(value);
    return formatted(code, dateToExcelSerial(value)) ?? canonicalDate(value);
  }
  if (typeof value === "number" && !Number.isFinite(value)) return canonicalNumber(value);
  return formatted(code, value) ?? (typeof value === "number" ? canonicalNumber(value) : value);
}

function formatted(code: string, value: number | string): string | undefined {
  try {
    return formatNumber(code, value);
  } catch {
    return undefined;
  }
}
