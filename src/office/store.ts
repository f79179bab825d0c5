import { STORE_SHEET } from "../core/workbook";
import type { OfficeEnv } from "./env";

/** The store sheet's content as rows of text (two syncs), or undefined when there is no store. */
export async function readStore(env: OfficeEnv): Promise<string[][] | undefined> {
  return env.run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(STORE_SHEET);
    await context.sync();
    if (ws.isNullObject) return undefined;
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("values");
    await context.sync();
    if (used.isNullObject) return [];
    return (used.values as unknown[][]).map((row) => row.map((v) => (v === null || v === undefined ? "" : String(v))));
  });
}

/**
 * Replaces the store (two syncs). The sheet is very hidden, so only code can show it, and every
 * cell is formatted as text before writing, so that Excel keeps "007" or "=x" exactly as given.
 */
export async function writeStore(env: OfficeEnv, rows: readonly (readonly string[])[]): Promise<void> {
  await env.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const existing = sheets.getItemOrNullObject(STORE_SHEET);
    await context.sync();
    let ws: Excel.Worksheet;
    if (existing.isNullObject) {
      ws = sheets.add(STORE_SHEET);
      ws.visibility = "VeryHidden";
    } else {
      ws = existing;
      ws.getRange().clear();
    }
    const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
    if (rows.length > 0 && width > 0) {
      const target = ws.getRangeByIndexes(0, 0, rows.length, width);
      target.numberFormat = rows.map(() => Array<string>(width).fill("@"));
      target.values = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
    }
    await context.sync();
  });
}
