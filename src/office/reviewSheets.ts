import type { CellValue } from "../core/grid/cell";
import { REVIEW_MARK_FILL, type ReviewSheet } from "../core/review";
import { freeSheetName } from "../core/workbook";
import type { OfficeEnv } from "./env";
import { toExcel, type ExcelLiteral } from "./excelValues";
import { packByBudget, RANGE_COMMAND_BYTES, SYNC_PAYLOAD_BUDGET, utf8Bytes } from "./payload";
import { widthInPoints } from "./createFormSheet";

/** A review cell as Office.js takes it: risky text keeps its apostrophe (never a formula), a date as its day. */
function literal(value: CellValue): ExcelLiteral {
  return value instanceof Date ? toExcel(value.toISOString().slice(0, 10)) : toExcel(value);
}

/** Consecutive marked rows as [first, count] runs, so that one fill command covers each run. */
function runsOf(marked: readonly number[]): Array<readonly [number, number]> {
  const runs: Array<[number, number]> = [];
  for (const r of [...new Set(marked)].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last[0] + last[1] === r) last[1]++;
    else runs.push([r, 1]);
  }
  return runs;
}

/** One command to queue and what it adds to the request. */
interface Command {
  readonly bytes: number;
  readonly queue: (ws: Excel.Worksheet) => void;
}

/** Every command that writes one review sheet: titles, widths, rows in blocks within the budget, fills, frozen titles. */
function commandsOf(sheet: ReviewSheet, budget: number): Command[] {
  const width = sheet.columns.length;
  const titles = [sheet.columns.map((c) => literal(c.title))];
  const commands: Command[] = [
    {
      bytes: RANGE_COMMAND_BYTES * 2 + utf8Bytes(JSON.stringify(titles)),
      queue: (ws) => {
        const head = ws.getRangeByIndexes(0, 0, 1, width);
        head.values = titles;
        head.format.font.bold = true;
      },
    },
    ...sheet.columns.map((c, i) => ({
      bytes: RANGE_COMMAND_BYTES,
      queue: (ws: Excel.Worksheet) => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = widthInPoints(c.width)),
    })),
  ];
  const rows = sheet.rows.map((row, index) => ({ index, values: Array.from({ length: width }, (_, c) => literal(row[c] ?? null)) }));
  const rowCost = (row: (typeof rows)[number]) => ({ request: utf8Bytes(JSON.stringify(row.values)) + 1, response: 0 });
  for (const block of packByBudget(rows, rowCost, budget - RANGE_COMMAND_BYTES)) {
    const first = block[0]!.index;
    const values = block.map((r) => r.values);
    commands.push({
      bytes: RANGE_COMMAND_BYTES + utf8Bytes(JSON.stringify(values)),
      queue: (ws) => (ws.getRangeByIndexes(1 + first, 0, values.length, width).values = values),
    });
  }
  for (const [first, count] of runsOf(sheet.marked)) {
    commands.push({
      bytes: RANGE_COMMAND_BYTES,
      queue: (ws) => (ws.getRangeByIndexes(1 + first, 0, count, width).format.fill.color = REVIEW_MARK_FILL[sheet.kind]),
    });
  }
  commands.push({ bytes: RANGE_COMMAND_BYTES, queue: (ws) => ws.freezePanes.freezeRows(1) });
  return commands;
}

/**
 * Adds the review's sheets under free names (so nothing of the user's is replaced): one sync for
 * the existing names, then the sheets' commands, synced whenever the next would pass the payload
 * budget — a 200-file batch's 企业汇总 of thousands of rows travels in a few syncs.
 */
export async function addReviewSheets(env: OfficeEnv, sheets: readonly ReviewSheet[], budget = SYNC_PAYLOAD_BUDGET): Promise<string[]> {
  if (sheets.length === 0) return [];
  return env.run(async (context) => {
    const collection = context.workbook.worksheets;
    collection.load("items/name");
    await context.sync();
    const taken = collection.items.map((s) => s.name);
    const names: string[] = [];
    let pending = 0;
    for (const sheet of sheets) {
      const name = freeSheetName(sheet.name, taken);
      taken.push(name);
      names.push(name);
      const ws = collection.add(name);
      pending += RANGE_COMMAND_BYTES;
      for (const command of commandsOf(sheet, budget)) {
        if (pending + command.bytes > budget) {
          await context.sync();
          pending = 0;
        }
        command.queue(ws);
        pending += command.bytes;
      }
    }
    collection.getItem(names[0]!).activate();
    await context.sync();
    return names;
  });
}
