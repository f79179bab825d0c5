import type ExcelJS from "exceljs";
import type { CellValue } from "../core/grid/cell";
import { excelSerialToDate, isDateFormat } from "./dateFormats";

/** OOXML escapes characters XML cannot hold as `_xHHHH_` (ST_Xstring); exceljs leaves them escaped. */
export function decodeXstring(text: string): string {
  return text.includes("_x") ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** A cell's text as the core sees it: escapes decoded, an empty string as no value. */
export function textValue(text: string): CellValue {
  return text === "" ? null : decodeXstring(text);
}

type Result = ExcelJS.CellFormulaValue["result"];

/** A formula's cached result; exceljs's streaming reader leaves a date result as its serial number. */
function resultValue(result: Result, numFmt: string | undefined, date1904: boolean): CellValue {
  if (result === undefined || result === null) return null;
  if (typeof result === "number") {
    if (!Number.isFinite(result)) return null;
    return isDateFormat(numFmt) ? excelSerialToDate(result, date1904) : result;
  }
  if (typeof result === "string") return textValue(result);
  if (typeof result === "boolean" || result instanceof Date) return result;
  return { error: result.error };
}

/**
 * An exceljs cell (the web page loads workbooks with exceljs) as the core sees it: rich text flattened, a hyperlink as its text, a formula as its cached
 * result, a date as a UTC Date (exceljs converts plain date cells, 1900 or 1904 system), an error
 * as `{error}`.
 */
export function cellValueOf(cell: ExcelJS.Cell, date1904: boolean): CellValue {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "string":
      return textValue(value);
    case "number":
      return Number.isFinite(value) ? value : null;
    case "boolean":
      return value;
    default:
      break; // an object: a date, rich text, a formula, a hyperlink or an error
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if ("richText" in value) return textValue(value.richText.map((run) => run.text ?? "").join(""));
  if ("formula" in value || "sharedFormula" in value) return resultValue(value.result, cell.numFmt, date1904);
  if ("hyperlink" in value) return textValue(String(value.text ?? ""));
  if ("error" in value) return { error: value.error };
  return null;
}
