/**
 * Built-in number formats that show dates only in the East Asian locales (27–36 and 50–58, e.g.
 * `yyyy"年"m"月"d"日"`). A workbook names them by id alone, and exceljs knows the codes of the
 * locale-independent ids only, so without these a Chinese date would read as a serial number.
 */
export const EAST_ASIAN_DATE_FORMAT_IDS: readonly number[] = [27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58];

/** A code that marks such an id as a date for exceljs; only its date-ness is ever used. */
export const EAST_ASIAN_DATE_CODE = 'yyyy"年"m"月"d"日"';

/** One rule for every reader, the Office adapter's included (see the core's `dateFormat`). */
export { excelSerialToDate, isDateFormat } from "../core/grid/dateFormat";
