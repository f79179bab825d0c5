import { STORE_SHEET } from "../core/workbook";
import type { OfficeEnv } from "./env";
import { isPayloadTooLarge, packByBudget, RANGE_COMMAND_BYTES, SYNC_PAYLOAD_BUDGET, utf8Bytes } from "./payload";

/**
 * The store sheet's content as rows of text, or undefined when there is no store: two syncs,
 * or, when Excel refuses the response for its size (the seal's snapshot of a large form), the
 * rows in halves until each part fits.
 */
export async function readStore(env: OfficeEnv): Promise<string[][] | undefined> {
  return env.run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(STORE_SHEET);
    await context.sync();
    if (ws.isNullObject) return undefined;
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("values");
    try {
      await context.sync();
      return used.isNullObject ? [] : texts(used.values);
    } catch (error) {
      if (!isPayloadTooLarge(error)) throw error;
    }
    const size = ws.getUsedRangeOrNullObject(true);
    size.load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    if (size.isNullObject) return [];
    const rows: string[][] = [];
    const parts = [{ row: size.rowIndex, rows: size.rowCount }];
    while (parts.length > 0) {
      const part = parts.shift()!;
      const range = ws.getRangeByIndexes(part.row, size.columnIndex, part.rows, size.columnCount);
      range.load("values");
      try {
        await context.sync();
        rows.push(...texts(range.values));
      } catch (error) {
        if (!isPayloadTooLarge(error) || part.rows < 2) throw error;
        const upper = Math.ceil(part.rows / 2);
        parts.unshift({ row: part.row, rows: upper }, { row: part.row + upper, rows: part.rows - upper });
      }
    }
    return rows;
  });
}

function texts(values: unknown[][]): string[][] {
  return values.map((row) => row.map((v) => (v === null || v === undefined ? "" : String(v))));
}

/**
 * Replaces the store: one sync to find the sheet, then the rows packed by the payload budget,
 * one sync per budget (the seal's snapshot of every cell of a large form is several megabytes,
 * and Excel on the web refuses a request over 5 MB). The sheet is very hidden, so only code can
 * show it, and every cell is formatted as text before writing, so that Excel keeps "007" or "=x"
 * exactly as given. The old content is cleared in the first write's sync.
 */
export async function writeStore(env: OfficeEnv, rows: readonly (readonly string[])[], budget = SYNC_PAYLOAD_BUDGET): Promise<void> {
  await env.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const existing = sheets.getItemOrNullObject(STORE_SHEET);
    await context.sync();
    let ws: Excel.Worksheet;
    if (existing.isNullObject) {
      ws = addStoreSheet(sheets);
    } else {
      ws = existing;
      ws.getRange().clear();
    }
    const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
    const indexed = rows.map((r, index) => ({ index, cells: Array.from({ length: width }, (_, c) => r[c] ?? "") }));
    const cost = (row: (typeof indexed)[number]) => ({
      request: 2 * RANGE_COMMAND_BYTES + utf8Bytes(JSON.stringify(row.cells)) + width * 4,
      response: 0,
    });
    const groups = width === 0 ? [] : packByBudget(indexed, cost, budget);
    for (const group of groups) {
      const target = ws.getRangeByIndexes(group[0]!.index, 0, group.length, width);
      target.numberFormat = group.map(() => Array<string>(width).fill("@"));
      target.values = group.map((r) => r.cells);
      await context.sync();
    }
    if (groups.length === 0) await context.sync();
  });
}

/** Queues the store sheet's creation: very hidden, so that the clerk never sees or edits it. */
export function addStoreSheet(sheets: Excel.WorksheetCollection): Excel.Worksheet {
  const ws = sheets.add(STORE_SHEET);
  ws.visibility = "VeryHidden";
  return ws;
}
