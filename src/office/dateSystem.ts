import { dateToExcelSerial, excelSerialToDate } from "../core/grid/dateFormat";
import type { Grid } from "../core/grid/grid";
import { isWorkbookBusy, STORE_SHEET } from "../core/workbook";
import type { OfficeEnv } from "./env";
import { addStoreSheet } from "./store";

/**
 * Excel's date system is not exposed by any released Office.js API (VBA's Workbook.Date1904 has
 * no counterpart), so it is probed: `=DATE(1904,1,2)` evaluates to 1 in the 1904 date system and to
 * 1463 in the 1900 one. The probe cell is the store sheet's last cell, far from the store's rows,
 * and is cleared again at once.
 */
const PROBE_FORMULA = "=DATE(1904,1,2)";
const PROBE_CELL = "XFD1048576";
const SERIAL_IN_1904 = 1;

/**
 * Whether the workbook counts dates from 1904, in three syncs (the store sheet is created very
 * hidden when absent, as the store would be). A workbook that refuses the probe (its structure
 * protected, so no store sheet can be added) is taken to count from 1900, Excel's default.
 */
export async function probeDate1904(env: OfficeEnv): Promise<boolean> {
  try {
    return await env.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const existing = sheets.getItemOrNullObject(STORE_SHEET);
      await context.sync();
      const ws = existing.isNullObject ? addStoreSheet(sheets) : existing;
      const cell = ws.getRange(PROBE_CELL);
      // The store's cells are text (`@`), where a formula would stay text.
      cell.numberFormat = [["General"]];
      cell.formulas = [[PROBE_FORMULA]];
      cell.load("values");
      await context.sync();
      const serial = (cell.values as unknown[][])[0]?.[0];
      cell.clear();
      await context.sync();
      return serial === SERIAL_IN_1904;
    });
  } catch (error) {
    if (isWorkbookBusy(error)) throw error;
    return false;
  }
}

/**
 * The workbook's date system for one pane: probed the first time a date is read or written (most
 * forms hold none, so most panes never probe), then remembered. A probe Excel refuses while a cell
 * is being edited is tried again next time.
 */
export class DateSystem {
  private date1904: boolean | undefined;

  constructor(private readonly env: OfficeEnv) {}

  async is1904(): Promise<boolean> {
    this.date1904 ??= await probeDate1904(this.env);
    return this.date1904;
  }
}

export function holdsDate(grid: Grid): boolean {
  return grid.values.some((row) => row.some((v) => v instanceof Date));
}

/** A date read from a 1904 workbook as if its serial counted from 1900, moved to the 1904 system. */
export function dateFrom1904(read: Date): Date {
  return excelSerialToDate(dateToExcelSerial(read), true);
}

/** The grid with every date read as a 1900-system serial moved to the 1904 system. */
export function datesFrom1904(grid: Grid): Grid {
  const values = grid.values.map((row) => row.map((v) => (v instanceof Date ? dateFrom1904(v) : v)));
  return { ...grid, values };
}
