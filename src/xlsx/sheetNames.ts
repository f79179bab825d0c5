import type ExcelJS from "exceljs";

/** A sheet name not yet used in the workbook (Excel compares names case-insensitively). */
export function freeSheetName(workbook: ExcelJS.Workbook, preferred: string): string {
  const taken = new Set(workbook.worksheets.map((w) => w.name.toLowerCase()));
  if (!taken.has(preferred.toLowerCase())) return preferred;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = preferred.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
