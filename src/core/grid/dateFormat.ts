/**
 * When a stored number is a date. Excel keeps dates as serial numbers and only the cell's number
 * format says "date"; every reader (exceljs for the command line and the preview, Office.js for
 * the add-in) must draw that line in the same place, or the same cell would reach the checks and
 * the seal as a Date on one side and a number on the other — and a seal made on one side would
 * read as broken on the other.
 *
 * The line follows exceljs's, because exceljs draws it by itself for plain cells: a format that
 * shows a date or time part (y, m, d, h, s outside quotes, escapes and [..] tags) is a date, a
 * time of day included. Only the first section counts, as it is the one positive numbers show.
 */
export function isDateFormat(code: string | undefined): boolean {
  if (code === undefined) return false;
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?:\$[^\]]*|[A-Za-z]+\d*|[<>=][^\]]*)\]/g, "")
    .split(";")[0]!;
  return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

const DAY_MS = 86_400_000;
/** Serial 25569 is 1970-01-01 in the 1900 system; the 1904 system counts 1462 days fewer. */
const UNIX_EPOCH_SERIAL = 25_569;
const DAYS_1904 = 1_462;

/** An Excel serial date as a UTC instant, to the millisecond (the 1900 leap-year bug ignored). */
export function excelSerialToDate(serial: number, date1904 = false): Date {
  const days = date1904 ? serial + DAYS_1904 : serial;
  return new Date(Math.round((days - UNIX_EPOCH_SERIAL) * DAY_MS));
}

/** A UTC instant as an Excel serial date, in the 1900 system unless `date1904`. */
export function dateToExcelSerial(date: Date, date1904 = false): number {
  const days = date.getTime() / DAY_MS + UNIX_EPOCH_SERIAL;
  return date1904 ? days - DAYS_1904 : days;
}
