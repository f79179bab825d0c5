import type { CellValue } from "../core/grid/cell";
import { dateToExcelSerial } from "../core/grid/dateFormat";
import type { AppliedChange, CellChange } from "../core/workbook";
import { dateFrom1904, type DateSystem } from "./dateSystem";
import type { OfficeEnv } from "./env";
import { fromExcel, toExcel, type ExcelLiteral } from "./excelValues";
import { CELL_READ_BYTES, packByBudget, RANGE_COMMAND_BYTES, SYNC_PAYLOAD_BUDGET, utf8Bytes } from "./payload";
import { sheetLookup } from "./sheetLookup";

/**
 * Writes the changes: first reads what each cell holds (value and formula, so that undo can put a
 * formula back), then writes. Two syncs up to the payload budget (about 9,500 cells), then one more per
 * budget on either side; every read still comes before the first write. Text is written so that
 * Excel keeps it as text (see toExcel). Dates go both ways in the workbook's date system (a 1904
 * workbook's serials are 1,462 smaller), which is probed when the first date is written or found.
 */
export async function writeCells(
  env: OfficeEnv,
  changes: readonly CellChange[],
  dates: DateSystem,
  budget = SYNC_PAYLOAD_BUDGET,
): Promise<AppliedChange[]> {
  if (changes.length === 0) return [];
  const date1904 = changes.some((c) => c.value instanceof Date) && (await dates.is1904());
  const applied = await env.run(async (context) => {
    const sheet = sheetLookup(context);
    const targets: Array<{ change: CellChange; range: Excel.Range }> = [];
    for (const group of packByBudget(changes, () => ({ request: RANGE_COMMAND_BYTES, response: CELL_READ_BYTES }), budget)) {
      for (const change of group) {
        const range = sheet(change.sheet).getRange(change.cell);
        range.load("values,valueTypes,formulas,numberFormat");
        targets.push({ change, range });
      }
      await context.sync();
    }

    const applied: AppliedChange[] = targets.map(({ change, range }) => {
      const formula = range.formulas[0]?.[0];
      const value = range.values[0]?.[0];
      const previous = fromExcel(value, range.valueTypes[0]?.[0], range.numberFormat[0]?.[0]);
      // `formulas` drops the apostrophe of quoted text (office-js #6687): the text "=abc" reads
      // back as the formula "=abc". A cell holds a formula only where its formula differs from its value.
      const isFormula = typeof formula === "string" && formula.startsWith("=") && formula !== value;
      return {
        sheet: change.sheet,
        cell: change.cell,
        value: change.value,
        ...(change.formula === undefined ? {} : { formula: change.formula }),
        previous,
        ...(isFormula ? { previousFormula: formula } : {}),
      };
    });
    const writes = targets.map(({ change, range }) =>
      change.formula !== undefined
        ? { range, formulas: [[change.formula]] }
        : { range, values: [[literal(change.value, range.numberFormat[0]?.[0] === "@", date1904)]] },
    );
    const cost = (w: (typeof writes)[number]) => ({
      request: RANGE_COMMAND_BYTES + utf8Bytes(JSON.stringify(w.formulas ?? w.values)),
      response: 0,
    });
    for (const group of packByBudget(writes, cost, budget)) {
      for (const w of group) {
        if (w.formulas !== undefined) w.range.formulas = w.formulas;
        else w.range.values = w.values;
      }
      await context.sync();
    }
    return applied;
  });
  // The previous values were read as 1900-system dates.
  if (!applied.some((a) => a.previous instanceof Date) || !(await dates.is1904())) return applied;
  return applied.map((a) => (a.previous instanceof Date ? { ...a, previous: dateFrom1904(a.previous) } : a));
}

function literal(value: CellValue, textCell: boolean, date1904: boolean): ExcelLiteral {
  return value instanceof Date ? dateToExcelSerial(value, date1904) : toExcel(value, textCell);
}

/** Shows the cell: activates its sheet and selects it (one sync). */
export async function selectCell(env: OfficeEnv, sheet: string, cell: string): Promise<void> {
  await env.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}

export async function activeSheet(env: OfficeEnv): Promise<string> {
  return env.run(async (context) => {
    const ws = context.workbook.worksheets.getActiveWorksheet();
    ws.load("name");
    await context.sync();
    return ws.name;
  });
}
