/**
 * The very hidden sheet that holds the add-in's store (seal record, quota settings). The name must
 * match the Office.js and exceljs adapters so that a workbook saved here opens sealed there.
 */
export const STORE_SHEET = "qbench_store";
