import type { AppliedChange, CellChange } from "../taskpane/adapter/WorkbookAdapter";
import type { OfficeEnv } from "./env";
import { fromExcel, toExcel } from "./excelValues";

/**
 * Writes the changes in two syncs whatever their number: the first reads what each cell holds
 * (value and formula, so that undo can put a formula back), the second writes. Text is written
 * so that Excel keeps it as text (see toExcel).
 */
export async function writeCells(env: OfficeEnv, changes: readonly CellChange[]): Promise<AppliedChange[]> {
  if (changes.length === 0) return [];
  return env.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const targets = changes.map((change) => {
      const range = sheets.getItem(change.sheet).getRange(change.cell);
      range.load("values,valueTypes,formulas,numberFormat");
      return { change, range };
    });
    await context.sync();

    const applied: AppliedChange[] = targets.map(({ change, range }) => {
      const formula = range.formulas[0]?.[0];
      const previous = fromExcel(range.values[0]?.[0], range.valueTypes[0]?.[0], range.numberFormat[0]?.[0]);
      if (change.formula !== undefined) range.formulas = [[change.formula]];
      else range.values = [[toExcel(change.value)]];
      return {
        sheet: change.sheet,
        cell: change.cell,
        value: change.value,
        ...(change.formula === undefined ? {} : { formula: change.formula }),
        previous,
        ...(typeof formula === "string" && formula.startsWith("=") ? { previousFormula: formula } : {}),
      };
    });
    await context.sync();
    return applied;
  });
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
