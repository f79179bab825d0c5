import type { Grid } from "../core/grid/grid";
import { noSuchSheet, SHEET_READ_MAX_CELLS, sheetTooLarge, STORE_SHEET } from "../core/workbook";
import type { OfficeEnv } from "./env";
import { emptyGrid, rectOf, toGrid } from "./readWorkbook";

/** The workbook's sheets by name, in tab order, the add-in's very hidden store left out: one sync. */
export function sheetNames(env: OfficeEnv): Promise<string[]> {
  return env.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    return sheets.items.map((ws) => ws.name).filter((name) => name !== STORE_SHEET);
  });
}

/**
 * One sheet's values by name, whatever it holds (not only the form): two syncs, the first for
 * whether the sheet is there and how large its filled area is (`getItemOrNullObject`, a sheet
 * renamed or deleted since it was listed is a null object, not a failed sync), the second for the
 * cells, at most SHEET_READ_MAX_CELLS so that they fit in one response.
 */
export function readSheet(env: OfficeEnv, name: string): Promise<Grid> {
  return env.run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(name);
    ws.load("name");
    await context.sync();
    if (ws.isNullObject || ws.name === STORE_SHEET) throw noSuchSheet(name);
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    if (used.isNullObject) return emptyGrid(ws.name);
    const rect = rectOf(used);
    if (rect.rows * rect.cols > SHEET_READ_MAX_CELLS) throw sheetTooLarge(ws.name, rect.rows * rect.cols);
    const range = ws.getRangeByIndexes(rect.row, rect.col, rect.rows, rect.cols);
    range.load("values,valueTypes,numberFormat");
    await context.sync();
    return toGrid(ws.name, rect, [{ rect, range }], []);
  });
}
