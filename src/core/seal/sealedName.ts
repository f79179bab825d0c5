import type { Lang } from "../issues/lang";

/**
 * The name of a sealed copy written beside the original (the page's download, a legacy workbook
 * sealed as .xlsx): never the original's own name. An .xlsm stays an .xlsm, so its macros still run.
 */
export function sealedFileName(original: string, lang: Lang): string {
  const match = /\.(xlsx|xlsm|xls|et|ods|fods|xlsb)$/i.exec(original);
  const stem = match === null ? original : original.slice(0, match.index);
  const extension = match?.[1]?.toLowerCase() === "xlsm" ? "xlsm" : "xlsx";
  return `${stem}-${lang === "zh" ? "已封存" : "sealed"}.${extension}`;
}
