/**
 * The MIME types of the two packages the tools hand out. A browser may name a download after its
 * type (an .xlsm labelled as .xlsx is saved as .xlsx, and Excel then refuses to open it), so a
 * download's type always follows its file name.
 */
export const XLSX_MIME_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const XLSM_MIME_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.12";

/** The type of a workbook saved under `fileName`: macro-enabled for an .xlsm, else .xlsx. */
export function workbookMimeType(fileName: string): string {
  return /\.xlsm$/i.test(fileName) ? XLSM_MIME_TYPE : XLSX_MIME_TYPE;
}
