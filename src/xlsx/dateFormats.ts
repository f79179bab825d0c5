/** One rule for every reader, the Office adapter's included (see the core's `dateFormat`). */
export { excelSerialToDate, isDateFormat } from "../core/grid/dateFormat";
