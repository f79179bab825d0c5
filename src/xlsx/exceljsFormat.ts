import { builtInFormat } from "../core/grid/builtInFormats";

/**
 * exceljs hands a built-in number format (`<xf numFmtId>` with no `<numFmt>`) over as its own code
 * for the id, which for these ids is not the one the .xlsx reader and Excel use (`mm-dd-yy` for 14,
 * padding spaces in 34, 35, 39 and 40). The exceljs readers (web page, preview) map them back, so
 * that the same cell prints alike everywhere.
 */
const EXCELJS_BUILT_INS: ReadonlyMap<string, string> = new Map([
  ["mm-dd-yy", builtInFormat(14)],
  ['m/d/yy "h":mm', builtInFormat(22)],
  ['上午/下午 h"时"mm"分"', builtInFormat(34)],
  ['上午/下午 h"时"mm"分"ss"秒"', builtInFormat(35)],
  ["#,##0.00 ;(#,##0.00)", builtInFormat(39)],
  ["#,##0.00 ;[Red](#,##0.00)", builtInFormat(40)],
]);

/** A cell's `numFmt` as exceljs read it, as the code the other readers hand over. */
export function exceljsFormat(numFmt: string | undefined): string | undefined {
  return numFmt === undefined ? undefined : (EXCELJS_BUILT_INS.get(numFmt) ?? numFmt);
}
