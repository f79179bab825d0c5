import type { CellValue } from "../core/grid/cell";
import type { CellRange, Grid, SheetLayout } from "../core/grid/grid";
import { parsePrintArea } from "../core/grid/range";
import { locateHeader } from "../core/reader/locateHeader";
import { SheetView } from "../core/reader/sheetView";
import type { SheetNamesById } from "./changes";
import { STORE_SHEET } from "../core/workbook";
import type { OfficeEnv } from "./env";
import { DateSystem, datesFrom1904, holdsDate } from "./dateSystem";
import { fromExcel } from "./excelValues";
import { MERGED_AREAS_EXCEL_API } from "./host";
import { areasOf, readMerges, type MergeRead } from "./mergedAreas";
import {
  isPayloadTooLarge,
  META_BYTES_PER_CELL,
  packByBudget,
  RANGE_COMMAND_BYTES,
  SYNC_PAYLOAD_BUDGET,
  VALUES_BYTES_PER_CELL,
} from "./payload";
import { allowancesOf } from "./protection";

/**
 * Cells per loaded range. Excel refuses or times out on very large single-range reads; blocks
 * keep every range small and are the unit that syncs are packed from.
 */
export const READ_BLOCK_CELLS = 20_000;

/** A cell's cost in the response: its value, value type and number format travel together. */
const READ_BYTES_PER_CELL = VALUES_BYTES_PER_CELL + META_BYTES_PER_CELL;

/** Cells one sync reads under the default budget: 83,333, 6,410 rows of the 13-column form. */
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

/**
 * The head of every sheet searched for the form's header. The header stands under a title and
 * three or four lines of 推荐单位 and dates (row 5 in the notice's form); a sheet whose header is
 * lower than this is not found.
 */
export const HEAD_ROWS = 100;
export const HEAD_COLS = 64;

/**
 * Rows and columns read beyond the form's last known used range when it is read again, so that
 * the rows a clerk adds or pastes between two reads still come in the same single sync.
 */
export const GROWTH_ROWS = 200;
export const GROWTH_COLS = 4;

/** A rectangle in Office.js's 0-based indexes. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

interface Block {
  readonly rect: Rect;
}

export interface LoadedBlock {
  readonly rect: Rect;
  readonly range: Excel.Range;
}

/** What the printed page depends on besides the cells, queued with the sheet's first block of cells. */
interface QueuedLayout {
  readonly protection: Excel.WorksheetProtection;
  readonly printArea: Excel.RangeAreas;
  /** One row across the columns read, for their `columnHidden`. */
  readonly columns: Excel.Range;
}

/** The form sheet as the reader last found it. */
interface KnownForm {
  readonly id: string;
  readonly used: Rect;
  /** Its merged areas are more than one call may return (see mergedAreas.ts). */
  readonly manyMerges: boolean;
}

const NO_CELLS: readonly CellValue[] = Object.freeze([]);
const NO_FORMATS: readonly (string | undefined)[] = Object.freeze([]);

/**
 * Reads the cells of the form sheet only, never those of the workbook's other sheets (a large
 * unrelated sheet must not block the check); the other sheets come back by name alone. The first read finds the form: the sheets' names and ids; the head of every
 * sheet (HEAD_ROWS × HEAD_COLS, values only) and its used range; then the sheet whose head names
 * the most form columns, first of equals as the core's reader chooses — three syncs up to
 * CELLS_PER_READ_SYNC cells. Later reads re-read that sheet alone in one sync (its used range,
 * merged areas and every cell up to GROWTH_ROWS past the last known end); when it has lost its
 * header, was deleted, or the clerk changed another sheet (`forget`), the form is found again.
 * When no sheet's head holds a header, the heads are returned, so that the pane says which
 * sheets it looked at.
 */
export class WorkbookReader {
  private known: KnownForm | undefined;

  constructor(
    private readonly env: OfficeEnv,
    private readonly dates: DateSystem,
    /** Worksheet names by id, kept up to date for the change events. */
    readonly names: SheetNamesById,
    private readonly budget = SYNC_PAYLOAD_BUDGET,
  ) {}

  /** The id of the form sheet as last read, if any. */
  get formSheetId(): string | undefined {
    return this.known?.id;
  }

  /** The next read looks for the form again among all sheets. */
  forget(): void {
    this.known = undefined;
  }

  /**
   * The form sheet's grid among an empty grid for each of the workbook's other sheets, in the
   * workbook's order: the seal digests the workbook's sheet names, so a seal made here must name
   * the same sheets as one made by `qbench seal` of the saved file (a list sheet, a 说明 sheet).
   */
  async read(): Promise<Grid[]> {
    const grids = await this.inDateSystem(await this.readGrids());
    const byName = new Map(grids.map((g) => [g.sheet, g]));
    const inOrder = [...this.names]
      .filter(([, name]) => name !== STORE_SHEET)
      .map(([id, name]) => ({ ...(byName.get(name) ?? emptyGrid(name)), id }));
    const named = new Set(inOrder.map((g) => g.sheet));
    return [...inOrder, ...grids.filter((g) => !named.has(g.sheet))];
  }

  private async readGrids(): Promise<Grid[]> {
    const known = this.known;
    if (known !== undefined) {
      const grid = await this.env.run((context) => this.readKnown(context, known));
      if (grid !== undefined && locateHeader(new SheetView(grid)) !== undefined) return [grid];
      this.known = undefined;
    }
    return this.env.run((context) => this.discover(context));
  }

  /**
   * Cells are read as dates of the 1900 system; in a 1904 workbook they are 1,462 days early. The
   * date system is probed once per pane, and only when a read holds a date (most forms hold none),
   * so a live cycle never pays for it.
   */
  private async inDateSystem(grids: Grid[]): Promise<Grid[]> {
    if (!grids.some(holdsDate)) return grids;
    return (await this.dates.is1904()) ? grids.map(datesFrom1904) : grids;
  }

  /**
   * The known form sheet in one sync. `getItem` by id (a protected sheet can still be renamed) and
   * `getUsedRange(true)`, which returns A1 on an empty sheet instead of failing; a deleted sheet
   * fails the sync with ItemNotFound, and the form is looked for again.
   */
  private async readKnown(context: Excel.RequestContext, known: KnownForm): Promise<Grid | undefined> {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/id");
    const ws = worksheets.getItem(known.id);
    ws.load("name");
    const used = ws.getUsedRange(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    // Room to grow, as far as the budget allows: a form that fits alone still comes in one sync.
    const cols = known.used.cols + GROWTH_COLS;
    const rows = Math.min(known.used.rows + GROWTH_ROWS, Math.floor(this.budget / (READ_BYTES_PER_CELL * cols)));
    const planned: Rect = { ...known.used, rows, cols };
    const fits = rows >= known.used.rows;
    const blocks = fits ? queueBlocks(ws, blocksOf(planned)) : [];
    const layout = queueLayout(ws, planned);
    const merges = this.env.supports(MERGED_AREAS_EXCEL_API) && !known.manyMerges ? queueMerges(used) : undefined;
    try {
      await context.sync();
    } catch (error) {
      if (isItemNotFound(error)) return undefined;
      // Grown past the budget, or more merged areas than one call returns: read it in parts.
      if (isPayloadTooLarge(error) || merges !== undefined) return this.readSheetById(context, known.id);
      throw error;
    }
    this.names.clear();
    for (const sheet of worksheets.items) this.names.set(sheet.id, sheet.name);
    const rect = rectOf(used);
    if (!fits || !within(rect, planned)) return this.readSheet(context, ws, known.id, ws.name, rect);
    const withMerges = this.env.supports(MERGED_AREAS_EXCEL_API);
    const merged: MergeRead =
      merges !== undefined
        ? { merges: areasOf(merges), many: false }
        : withMerges
          ? await readMerges(context, ws, rect)
          : { merges: [], many: false };
    this.known = { id: known.id, used: rect, manyMerges: merged.many };
    return { ...toGrid(ws.name, rect, blocks, merged.merges), layout: await layoutOf(context, ws, rect, blocks, layout, this.budget) };
  }

  private async readSheetById(context: Excel.RequestContext, id: string): Promise<Grid | undefined> {
    const ws = context.workbook.worksheets.getItemOrNullObject(id);
    ws.load("name");
    await context.sync();
    if (ws.isNullObject) return undefined;
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    return this.readSheet(context, ws, id, ws.name, used.isNullObject ? undefined : rectOf(used));
  }

  private async discover(context: Excel.RequestContext): Promise<Grid[]> {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/id");
    await context.sync();
    const sheets = worksheets.items.filter((ws) => ws.name !== STORE_SHEET);
    this.names.clear();
    for (const ws of worksheets.items) this.names.set(ws.id, ws.name);

    const headCost = () => ({ request: 2 * RANGE_COMMAND_BYTES, response: HEAD_ROWS * HEAD_COLS * READ_BYTES_PER_CELL });
    const heads: Array<{ ws: Excel.Worksheet; head: Excel.Range; used: Excel.Range }> = [];
    for (const group of packByBudget(sheets, headCost, this.budget)) {
      for (const ws of group) {
        const head = ws.getRangeByIndexes(0, 0, HEAD_ROWS, HEAD_COLS).getUsedRangeOrNullObject(true);
        head.load("rowIndex,columnIndex,rowCount,columnCount,values,valueTypes,numberFormat");
        const used = ws.getUsedRangeOrNullObject(true);
        used.load("rowIndex,columnIndex,rowCount,columnCount");
        heads.push({ ws, head, used });
      }
      await context.sync();
    }

    let best: { index: number; score: number } | undefined;
    const headGrids = heads.map(({ ws, head }, index) => {
      const grid = head.isNullObject ? emptyGrid(ws.name) : toGrid(ws.name, rectOf(head), [{ rect: rectOf(head), range: head }], []);
      const match = locateHeader(new SheetView(grid));
      if (match !== undefined && (best === undefined || match.score > best.score)) best = { index, score: match.score };
      return grid;
    });
    const found = best === undefined ? undefined : heads[best.index];
    if (found === undefined) return headGrids;
    const grid = await this.readSheet(
      context,
      found.ws,
      found.ws.id,
      found.ws.name,
      found.used.isNullObject ? undefined : rectOf(found.used),
    );
    return [grid];
  }

  /** One sheet whose used range is known: in one sync up to the budget, else one per budget's worth. */
  private async readSheet(
    context: Excel.RequestContext,
    ws: Excel.Worksheet,
    id: string,
    name: string,
    used: Rect | undefined,
  ): Promise<Grid> {
    if (used === undefined) {
      this.known = { id, used: { row: 0, col: 0, rows: 1, cols: 1 }, manyMerges: false };
      return emptyGrid(name);
    }
    const areas = await areasWithValues(context, ws, used, this.budget);
    const total = areas.reduce((n, a) => n + cellsOf(a), 0);
    if (total > MAX_READ_CELLS) throw tooLarge(total);

    const withMerges = this.env.supports(MERGED_AREAS_EXCEL_API);
    let merges: Excel.RangeAreas | undefined = withMerges ? queueMerges(ws.getUsedRange(true)) : undefined;
    let mergeRead: MergeRead = { merges: [], many: false };
    const loaded: LoadedBlock[] = [];
    let layout: QueuedLayout | undefined;
    let layoutRead: QueuedLayout | undefined;
    const queue = packByBudget(areas.flatMap(blocksOf), blockCost, this.budget);
    while (queue.length > 0) {
      const chunk = queue.shift()!;
      const ranges = queueBlocks(ws, chunk);
      layout = layoutRead === undefined ? queueLayout(ws, used) : undefined;
      try {
        await context.sync();
      } catch (error) {
        const halves = isPayloadTooLarge(error) ? halve(chunk) : undefined;
        if (halves !== undefined) queue.unshift(...halves);
        else if (merges !== undefined && !isPayloadTooLarge(error)) {
          // More merged areas than one call returns: read them in bands after the values.
          merges = undefined;
          mergeRead = { merges: [], many: true };
          queue.unshift(chunk);
        } else throw error;
        continue;
      }
      if (merges !== undefined) {
        mergeRead = { merges: areasOf(merges), many: false };
        merges = undefined;
      }
      layoutRead ??= layout;
      loaded.push(...ranges);
    }
    if (mergeRead.many) mergeRead = await readMerges(context, ws, used);
    if (layoutRead === undefined) {
      layoutRead = queueLayout(ws, used);
      await context.sync();
    }
    const grid = {
      ...toGrid(name, used, loaded, mergeRead.merges),
      layout: await layoutOf(context, ws, used, loaded, layoutRead, this.budget),
    };
    this.known = { id, used, manyMerges: mergeRead.many };
    return grid;
  }
}

function cellsOf(rect: Rect): number {
  return rect.rows * rect.cols;
}

export function rectOf(range: Excel.Range): Rect {
  return { row: range.rowIndex, col: range.columnIndex, rows: range.rowCount, cols: range.columnCount };
}

function within(inner: Rect, outer: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

function blockCost(block: Block): { request: number; response: number } {
  return { request: RANGE_COMMAND_BYTES, response: cellsOf(block.rect) * READ_BYTES_PER_CELL };
}

function queueBlocks(ws: Excel.Worksheet, blocks: readonly Block[]): LoadedBlock[] {
  return blocks.map(({ rect }) => {
    const range = ws.getRangeByIndexes(rect.row, rect.col, rect.rows, rect.cols);
    // rowHidden: true when all its rows are hidden, false when none is, null when some are.
    range.load("values,valueTypes,numberFormat,rowHidden");
    return { rect, range };
  });
}

/**
 * The sheet's protection, print area (ExcelApi 1.9, which the add-in requires) and whether the
 * columns of `area` are hidden, in the next sync.
 */
function queueLayout(ws: Excel.Worksheet, area: Rect): QueuedLayout {
  const protection = ws.protection;
  protection.load("protected,options");
  const printArea = ws.pageLayout.getPrintAreaOrNullObject();
  printArea.load("address");
  const columns = ws.getRangeByIndexes(area.row, area.col, 1, area.cols);
  columns.load("columnHidden");
  return { protection, printArea, columns };
}

/**
 * The hidden rows and columns, the print area and the protection. A block whose rows (or columns)
 * are all shown or all hidden says so itself; only a block where some are hidden costs one more
 * sync, asking each of its rows (or columns) in turn, packed by the budget.
 */
async function layoutOf(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  used: Rect,
  blocks: readonly LoadedBlock[],
  queued: QueuedLayout,
  budget: number,
): Promise<SheetLayout> {
  const hiddenRows = new Set<number>();
  const hiddenColumns = new Set<number>();
  const lines: Array<{ kind: "row" | "column"; index: number }> = [];
  for (const { rect, range } of blocks) {
    for (let r = 0; r < rect.rows; r++) {
      if (range.rowHidden === true) hiddenRows.add(rect.row + r + 1);
      else if (range.rowHidden === null) lines.push({ kind: "row", index: rect.row + r });
    }
  }
  const columnHidden = queued.columns.columnHidden;
  for (let c = 0; c < used.cols; c++) {
    if (columnHidden === null) lines.push({ kind: "column", index: used.col + c });
    else if (columnHidden) hiddenColumns.add(used.col + c + 1);
  }
  const lineCost = () => ({ request: RANGE_COMMAND_BYTES, response: RANGE_COMMAND_BYTES });
  for (const group of packByBudget(lines, lineCost, budget)) {
    const asked = group.map((line) => {
      const range =
        line.kind === "row" ? ws.getRangeByIndexes(line.index, used.col, 1, 1) : ws.getRangeByIndexes(used.row, line.index, 1, 1);
      range.load(line.kind === "row" ? "rowHidden" : "columnHidden");
      return { line, range };
    });
    await context.sync();
    for (const { line, range } of asked) {
      if (line.kind === "row" && range.rowHidden === true) hiddenRows.add(line.index + 1);
      if (line.kind === "column" && range.columnHidden === true) hiddenColumns.add(line.index + 1);
    }
  }
  const printArea = queued.printArea.isNullObject ? undefined : parsePrintArea(queued.printArea.address);
  return {
    hiddenRows: [...hiddenRows].sort((a, b) => a - b),
    hiddenColumns: [...hiddenColumns].sort((a, b) => a - b),
    ...(printArea === undefined ? {} : { printArea }),
    ...(queued.protection.protected ? { protection: allowancesOf(queued.protection.options) } : {}),
  };
}

function queueMerges(range: Excel.Range): Excel.RangeAreas {
  const merged = range.getMergedAreasOrNullObject();
  merged.load("areas/items/address");
  return merged;
}

/**
 * The rectangles to read: the used range, or for a huge one the used range of each band of rows
 * that holds values at all (one more sync, packed by budget like the rest).
 */
async function areasWithValues(context: Excel.RequestContext, ws: Excel.Worksheet, used: Rect, budget: number): Promise<Rect[]> {
  if (cellsOf(used) <= SPARSE_PROBE_CELLS) return [used];
  const probes: Rect[] = [];
  for (let r = 0; r < used.rows; r += PROBE_BAND_ROWS)
    probes.push({ ...used, row: used.row + r, rows: Math.min(PROBE_BAND_ROWS, used.rows - r) });
  const areas: Rect[] = [];
  const probeCost = () => ({ request: RANGE_COMMAND_BYTES, response: RANGE_COMMAND_BYTES });
  for (const group of packByBudget(probes, probeCost, budget)) {
    const bands = group.map((p) => {
      const band = ws.getRangeByIndexes(p.row, p.col, p.rows, p.cols).getUsedRangeOrNullObject(true);
      band.load("rowIndex,columnIndex,rowCount,columnCount");
      return band;
    });
    await context.sync();
    for (const band of bands) if (!band.isNullObject) areas.push(rectOf(band));
  }
  return areas;
}

function blocksOf(area: Rect): Block[] {
  const blockRows = Math.max(1, Math.floor(READ_BLOCK_CELLS / area.cols));
  const blocks: Block[] = [];
  for (let r = 0; r < area.rows; r += blockRows)
    blocks.push({ rect: { ...area, row: area.row + r, rows: Math.min(blockRows, area.rows - r) } });
  return blocks;
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
    [{ rect: { ...block.rect, rows: upper } }],
    [{ rect: { ...block.rect, row: block.rect.row + upper, rows: block.rect.rows - upper } }],
  ];
}

/** The used range's rows as grid rows: blocks read beyond it (growth room) are cut to it. */
export function toGrid(sheet: string, used: Rect, blocks: readonly LoadedBlock[], merges: CellRange[]): Grid {
  const rows = new Array<CellValue[] | undefined>(used.rows);
  const formatRows = new Array<(string | undefined)[] | undefined>(used.rows);
  for (const { rect, range } of blocks) {
    const raw = range.values as unknown[][];
    const types = range.valueTypes as string[][];
    const formats = range.numberFormat as unknown[][];
    for (let r = 0; r < raw.length; r++) {
      const at = rect.row + r - used.row;
      if (at < 0 || at >= used.rows) continue;
      const typeRow = types[r]!;
      const formatRow = formats[r]!;
      const cells: CellValue[] = [];
      const kept: (string | undefined)[] = [];
      for (let c = 0; c < raw[r]!.length; c++) {
        const col = rect.col + c - used.col;
        if (col < 0 || col >= used.cols) continue;
        cells[col] = fromExcel(raw[r]![c], typeRow[c], formatRow[c]);
        const format = formatRow[c];
        if (typeof format === "string" && format !== "General" && cells[col] !== null) kept[col] = format;
      }
      for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
      rows[at] = cells;
      if (kept.length > 0) formatRows[at] = kept;
    }
  }
  const values = Array.from(rows, (row) => row ?? NO_CELLS);
  const origin = { row: used.row + 1, col: used.col + 1 };
  if (!formatRows.some((f) => f !== undefined)) return { sheet, origin, values, merges };
  return { sheet, origin, values, merges, formats: Array.from(formatRows, (f) => f ?? NO_FORMATS) };
}

export function emptyGrid(sheet: string): Grid {
  return { sheet, origin: { row: 1, col: 1 }, values: [], merges: [] };
}

function isItemNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ItemNotFound";
}

function tooLarge(cells: number): Error {
  const n = cells.toLocaleString("en");
  const max = MAX_READ_CELLS.toLocaleString("en");
  return new Error(
    `申报表所在工作表中有内容的区域共 ${n} 个单元格，超过加载项一次读取的上限 ${max} 个；请删除表格下方或右侧多余的内容后重试 / ` +
      `the form sheet's filled area spans ${n} cells, more than the ${max} the add-in reads at once; delete stray content below or beside the table and try again`,
  );
}

/** One read by a reader that knows nothing yet (the first read of a pane). */
export function readWorkbook(env: OfficeEnv, budget = SYNC_PAYLOAD_BUDGET): Promise<Grid[]> {
  return new WorkbookReader(env, new DateSystem(env), new Map(), budget).read();
}
