/**
 * The most cells `readSheet` brings in: enough for a table the user points at (a quota table of
 * every unit with a column per city or industry), never a whole form of thousands of rows; in
 * Excel it is one sync's worth (50,000 cells of values and formats is about 2.4 MB of the 4 MB a
 * sync may carry, see src/office/payload.ts).
 */
export const SHEET_READ_MAX_CELLS = 50_000;

/** Every host's refusal of a sheet too large to read as a table, in the pane's two languages. */
export function sheetTooLarge(sheet: string, cells: number): Error {
  const n = cells.toLocaleString("en");
  const max = SHEET_READ_MAX_CELLS.toLocaleString("en");
  return new Error(
    `工作表“${sheet}”中有内容的区域共 ${n} 个单元格，超过作为表格读取的上限 ${max} 个 / ` +
      `the sheet "${sheet}" has ${n} filled cells, more than the ${max} read as a table`,
  );
}

/** Every host's answer for a sheet that is not (or no longer) in the workbook. */
export function noSuchSheet(sheet: string): Error {
  return new Error(`工作簿中没有工作表“${sheet}” / the workbook has no sheet "${sheet}"`);
}
