import type { CellValue } from "../core/grid/cell";
import type { CellRange, Grid } from "../core/grid/grid";
import { parseArea } from "./areas";
import { STORE_SHEET, type OfficeEnv } from "./env";
import { fromExcel } from "./excelValues";
import { MERGED_AREAS_EXCEL_API } from "./host";
import { rangePart } from "./sheetNames";

/**
 * Cells per loaded block. Excel refuses or times out on very large single-range reads, and Excel
 * on the web caps a response at 5 MB; blocks keep every range of the batch small while all of
 * them still travel in one sync. A block carries values, value types and number formats: about
 * 25 bytes a cell besides the value ("Double", "General"), half a megabyte a block.
 */
export const READ_BLOCK_CELLS = 20_000;

interface SheetPlan {
  readonly name: string;
  readonly used: Excel.Range;
}

interface SheetLoad {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly blocks: readonly Excel.Range[];
  readonly merged: Excel.RangeAreas | undefined;
}

/**
 * Every worksheet but the add-in's store as plain grids, in three syncs whatever the size: the
 * sheet names, their used ranges, then every block of values and merged areas. Every block brings
 * its number formats, because a date is a number in a date format wherever it stands: read only
 * near the top, a date in a data row would reach the seal as a number here and as a date through
 * exceljs (command line, preview), and a seal made on one side would read as broken on the other.
 */
export async function readWorkbook(env: OfficeEnv): Promise<Grid[]> {
  const withMerges = env.supports(MERGED_AREAS_EXCEL_API);
  return env.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();

    const plans: SheetPlan[] = sheets.items
      .filter((ws) => ws.name !== STORE_SHEET)
      .map((ws) => {
        const used = ws.getUsedRangeOrNullObject(true);
        used.load("rowIndex,columnIndex,rowCount,columnCount");
        return { name: ws.name, used };
      });
    await context.sync();

    const loads: SheetLoad[] = [];
    for (const plan of plans) {
      if (plan.used.isNullObject) {
        loads.push({ name: plan.name, top: 1, left: 1, blocks: [], merged: undefined });
        continue;
      }
      const { rowIndex, columnIndex, rowCount, columnCount } = plan.used;
      const ws = sheets.getItem(plan.name);
      const blockRows = Math.max(1, Math.floor(READ_BLOCK_CELLS / columnCount));
      const blocks: Excel.Range[] = [];
      for (let r = 0; r < rowCount; r += blockRows) {
        const block = ws.getRangeByIndexes(rowIndex + r, columnIndex, Math.min(blockRows, rowCount - r), columnCount);
        block.load("values,valueTypes,numberFormat");
        blocks.push(block);
      }
      let merged: Excel.RangeAreas | undefined;
      if (withMerges) {
        merged = plan.used.getMergedAreasOrNullObject();
        merged.load("areas/items/address");
      }
      loads.push({ name: plan.name, top: rowIndex + 1, left: columnIndex + 1, blocks, merged });
    }
    await context.sync();
    return loads.map(toGrid);
  });
}

function toGrid(load: SheetLoad): Grid {
  const values: CellValue[][] = [];
  for (const block of load.blocks) {
    const raw = block.values as unknown[][];
    const types = block.valueTypes as string[][];
    const formats = block.numberFormat as unknown[][];
    for (let r = 0; r < raw.length; r++) {
      const rawRow = raw[r]!;
      const typeRow = types[r]!;
      const formatRow = formats[r]!;
      values.push(rawRow.map((v, c) => fromExcel(v, typeRow[c], formatRow[c])));
    }
  }
  return { sheet: load.name, origin: { row: load.top, col: load.left }, values, merges: mergesOf(load.merged) };
}

function mergesOf(merged: Excel.RangeAreas | undefined): CellRange[] {
  if (merged === undefined || merged.isNullObject) return [];
  const out: CellRange[] = [];
  for (const area of merged.areas.items) {
    for (const part of rangePart(area.address).split(",")) {
      const rect = parseArea(part);
      if (rect !== undefined) out.push(rect);
    }
  }
  return out;
}
