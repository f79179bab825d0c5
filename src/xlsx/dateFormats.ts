/**
 * Whether a cell's number format shows a date, so that its serial number is read as a Date.
 * Built-in ids: 14–22 and 45–47 everywhere, 27–36 and 50–58 in the Chinese locales
 * (`yyyy"年"m"月"d"日"` and the like).
 */
const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

export function isDateFormat(id: number, code: string | undefined): boolean {
  if (code === undefined) return BUILTIN_DATE_IDS.has(id);
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?:\$[^\]]*|[A-Za-z]+\d*|[<>=][^\]]*)\]/g, "")
    .split(";")[0]!;
  return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** An Excel serial date as a UTC Date (the 1904 system for old Mac workbooks). */
export function excelSerialToDate(serial: number, date1904: boolean): Date {
  const days = date1904 ? serial + 1462 : serial;
  return new Date(Math.round((days - 25569) * 86400000));
}
