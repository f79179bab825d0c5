import type { CellValue } from "../core/grid/cell";
import type { CellRange, Grid } from "../core/grid/grid";
import { parseArea } from "./areas";
import { STORE_SHEET } from "../core/workbook";
import type { OfficeEnv } from "./env";
import { fromExcel } from "./excelValues";
import { MERGED_AREAS_EXCEL_API } from "./host";
import {
  isPayloadTooLarge,
  META_BYTES_PER_CELL,
  packByBudget,
  RANGE_COMMAND_BYTES,
  SYNC_PAYLOAD_BUDGET,
  VALUES_BYTES_PER_CELL,
} from "./payload";
import { rangePart } from "./sheetNames";

/**
 * Cells per loaded range. Excel refuses or times out on very large single-range reads; blocks
 * keep every range small and are the unit that syncs are packed from.
 */
export const READ_BLOCK_CELLS = 20_000;

/** A cell's cost in the larger of its two syncs (values, or types and formats). */
const READ_BYTES_PER_CELL = Math.max(VALUES_BYTES_PER_CELL, META_BYTES_PER_CELL);

/** Cells one group of blocks reads under the default budget: 153,846, 11,834 rows of 13 columns. */
export const CELLS_PER_READ_SYNC = Math.floor(SYNC_PAYLOAD_BUDGET / READ_BYTES_PER_CELL);

/**
 * A sheet whose used range (cells with values) is larger than this is first probed in bands of
 * rows, so that a stray value far below the table does not make the add-in read every empty
 * cell in between.
 */
export const SPARSE_PROBE_CELLS = 1_000_000;
export const PROBE_BAND_ROWS = 16_384;

/** The most cells one read brings into memory: about 150,000 rows of the 13-column form. */
export const MAX_READ_CELLS = 2_000_000;

/** A rectangle in Office.js's 0-based indexes. */
interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

interface SheetRead {
  readonly name: string;
  readonly ws: Excel.Worksheet;
  readonly used: Excel.Range | undefined;
  readonly top: number;
  readonly left: number;
  readonly rows: (CellValue[] | undefined)[];
  merged: Excel.RangeAreas | undefined;
}

interface Block {
  readonly sheet: SheetRead;
  readonly rect: Rect;
}

const NO_CELLS: readonly CellValue[] = Object.freeze([]);

/**
 * Every worksheet but the add-in's store as plain grids. Syncs: the sheet names; their used ranges
 * (cells with values only, so formatting far below the table costs nothing); then two per group
 * of blocks — values, then value types and number formats — each group as large as the payload
 * budget allows. Up to CELLS_PER_READ_SYNC cells (over 11,000 rows of the 13-column form) that is
 * four syncs whatever the size; beyond, two more per budget's worth of cells. A sync Excel still
 * refuses for its size is retried in halves. Every block brings its number formats, because a
 * date is a number in a date format wherever it stands (see fromExcel), as in the exceljs readers.
 */
export async function readWorkbook(env: OfficeEnv, budget = SYNC_PAYLOAD_BUDGET): Promise<Grid[]> {
  const withMerges = env.supports(MERGED_AREAS_EXCEL_API);
  return env.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();

    const planned = worksheets.items
      .filter((ws) => ws.name !== STORE_SHEET)
      .map((ws) => {
        const used = ws.getUsedRangeOrNullObject(true);
        used.load("rowIndex,columnIndex,rowCount,columnCount");
        return { ws, used };
      });
    await context.sync();

    const sheets: SheetRead[] = planned.map(({ ws, used }) =>
      used.isNullObject
        ? { name: ws.name, ws, used: undefined, top: 0, left: 0, rows: [], merged: undefined }
        : {
            name: ws.name,
            ws,
            used,
            top: used.rowIndex,
            left: used.columnIndex,
            rows: new Array<CellValue[] | undefined>(used.rowCount),
            merged: undefined,
          },
    );
    const areas = await areasWithValues(context, sheets, budget);
    const total = areas.reduce((n, a) => n + a.rect.rows * a.rect.cols, 0);
    if (total > MAX_READ_CELLS) throw tooLarge(total);

    const pendingMerges = withMerges ? sheets.filter((s) => s.used !== undefined) : [];
    const queue = packByBudget(areas.flatMap(blocksOf), blockCost, budget);
    while (queue.length > 0) {
      const chunk = queue.shift()!;
      try {
        await readChunk(context, chunk, pendingMerges);
      } catch (error) {
        const halves = isPayloadTooLarge(error) ? halve(chunk) : undefined;
        if (halves === undefined) throw error;
        queue.unshift(...halves);
      }
    }
    return sheets.map(toGrid);
  });
}

function blockCost(block: Block): { request: number; response: number } {
  return { request: RANGE_COMMAND_BYTES, response: block.rect.rows * block.rect.cols * READ_BYTES_PER_CELL };
}

/**
 * The rectangles to read: each sheet's used range, or for a huge one the used range of each band
 * of rows that holds values at all (one more sync, packed by budget like the rest).
 */
async function areasWithValues(context: Excel.RequestContext, sheets: readonly SheetRead[], budget: number): Promise<Block[]> {
  const areas: Block[] = [];
  const probes: Array<{ sheet: SheetRead; band: Excel.Range | undefined; rect: Rect }> = [];
  for (const sheet of sheets) {
    if (sheet.used === undefined) continue;
    const rect = { row: sheet.top, col: sheet.left, rows: sheet.used.rowCount, cols: sheet.used.columnCount };
    if (rect.rows * rect.cols <= SPARSE_PROBE_CELLS) {
      areas.push({ sheet, rect });
      continue;
    }
    for (let r = 0; r < rect.rows; r += PROBE_BAND_ROWS) {
      probes.push({ sheet, band: undefined, rect: { ...rect, row: rect.row + r, rows: Math.min(PROBE_BAND_ROWS, rect.rows - r) } });
    }
  }
  const probeCost = () => ({ request: RANGE_COMMAND_BYTES, response: RANGE_COMMAND_BYTES });
  for (const group of packByBudget(probes, probeCost, budget)) {
    const bands = group.map((p) => {
      const band = p.sheet.ws.getRangeByIndexes(p.rect.row, p.rect.col, p.rect.rows, p.rect.cols).getUsedRangeOrNullObject(true);
      band.load("rowIndex,columnIndex,rowCount,columnCount");
      return { sheet: p.sheet, band };
    });
    await context.sync();
    for (const { sheet, band } of bands) {
      if (!band.isNullObject)
        areas.push({ sheet, rect: { row: band.rowIndex, col: band.columnIndex, rows: band.rowCount, cols: band.columnCount } });
    }
  }
  return areas;
}

function blocksOf(area: Block): Block[] {
  const { rect } = area;
  const blockRows = Math.max(1, Math.floor(READ_BLOCK_CELLS / rect.cols));
  const blocks: Block[] = [];
  for (let r = 0; r < rect.rows; r += blockRows) {
    blocks.push({ sheet: area.sheet, rect: { ...rect, row: rect.row + r, rows: Math.min(blockRows, rect.rows - r) } });
  }
  return blocks;
}

/** Two syncs for one group: values (with any merged areas still to load), then types and formats. */
async function readChunk(context: Excel.RequestContext, chunk: readonly Block[], pendingMerges: SheetRead[]): Promise<void> {
  const ranges = chunk.map(({ sheet, rect }) => {
    const range = sheet.ws.getRangeByIndexes(rect.row, rect.col, rect.rows, rect.cols);
    range.load("values");
    return range;
  });
  const merging = pendingMerges.map((sheet) => {
    const merged = sheet.used!.getMergedAreasOrNullObject();
    merged.load("areas/items/address");
    return { sheet, merged };
  });
  await context.sync();
  for (const { sheet, merged } of merging) sheet.merged = merged;
  pendingMerges.length = 0;

  for (const range of ranges) range.load("valueTypes,numberFormat");
  await context.sync();
  chunk.forEach((block, i) => place(block, ranges[i]!));
}

/** A group Excel refused as too large, in two parts: half the blocks, or half a block's rows. */
function halve(chunk: readonly Block[]): Block[][] | undefined {
  if (chunk.length > 1) {
    const mid = Math.ceil(chunk.length / 2);
    return [chunk.slice(0, mid), chunk.slice(mid)];
  }
  const block = chunk[0];
  if (block === undefined || block.rect.rows < 2) return undefined;
  const upper = Math.ceil(block.rect.rows / 2);
  return [
    [{ sheet: block.sheet, rect: { ...block.rect, rows: upper } }],
    [{ sheet: block.sheet, rect: { ...block.rect, row: block.rect.row + upper, rows: block.rect.rows - upper } }],
  ];
}

function place(block: Block, range: Excel.Range): void {
  const raw = range.values as unknown[][];
  const types = range.valueTypes as string[][];
  const formats = range.numberFormat as unknown[][];
  const { sheet, rect } = block;
  const shift = rect.col - sheet.left;
  for (let r = 0; r < raw.length; r++) {
    const typeRow = types[r]!;
    const formatRow = formats[r]!;
    const cells = raw[r]!.map((v, c) => fromExcel(v, typeRow[c], formatRow[c]));
    sheet.rows[rect.row - sheet.top + r] = shift === 0 ? cells : [...Array<CellValue>(shift).fill(null), ...cells];
  }
}

function toGrid(sheet: SheetRead): Grid {
  const values = Array.from(sheet.rows, (row) => row ?? NO_CELLS);
  return { sheet: sheet.name, origin: { row: sheet.top + 1, col: sheet.left + 1 }, values, merges: mergesOf(sheet.merged) };
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

function tooLarge(cells: number): Error {
  const n = cells.toLocaleString("en");
  const max = MAX_READ_CELLS.toLocaleString("en");
  return new Error(
    `工作簿中有内容的区域共 ${n} 个单元格，超过加载项一次读取的上限 ${max} 个；请删除表格下方或右侧多余的内容后重试 / ` +
      `the workbook's filled areas span ${n} cells, more than the ${max} the add-in reads at once; delete stray content below or beside the table and try again`,
  );
}
