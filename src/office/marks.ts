import type { Severity } from "../core/issues/codes";
import { MARK_FILL, type CellMark } from "../core/workbook";
import { cellAddress } from "../core/grid/address";
import { cellKey, cellRuns, runAddress, sheetCell, type CellRun, type SheetCell } from "./cellRuns";
import { MARKS_SETTING, type OfficeEnv } from "./env";
import { encodeMemory, parseMemory, type RememberedMark, type SavedFill } from "./markMemory";
import { sheetLookup, type SheetLookup } from "./sheetLookup";
import { FILL_BYTES_PER_CELL, packByBudget, RANGE_COMMAND_BYTES, SYNC_PAYLOAD_BUDGET, utf8Bytes } from "./payload";

async function loadMemoryAndSheets(
  context: Excel.RequestContext,
): Promise<{ memory: RememberedMark[]; sheets: Set<string>; setting: Excel.Setting }> {
  const setting = context.workbook.settings.getItemOrNullObject(MARKS_SETTING);
  setting.load("value");
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  return {
    memory: setting.isNullObject ? [] : parseMemory(setting.value),
    sheets: new Set(worksheets.items.map((w) => w.name)),
    setting,
  };
}

const NO_FILL: SavedFill = { pattern: "None", color: "#FFFFFF", patternColor: "#000000", tintAndShade: 0 };

const FILL_PROPERTIES: Excel.CellPropertiesLoadOptions = {
  format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true } },
};

/** What to put into a cell: one of our marks, or the fill it had before. */
type FillWrite = { readonly mark: string } | { readonly prior: SavedFill };

interface CellWrite extends SheetCell {
  readonly write: FillWrite;
}

/** A command waiting for its sync, with what it adds to the request. */
interface Queued {
  readonly request: number;
  readonly queue: () => void;
}

function fillOf(props: Excel.CellProperties | undefined): SavedFill {
  const fill = props?.format?.fill;
  return {
    pattern: String(fill?.pattern ?? NO_FILL.pattern),
    color: fill?.color ?? NO_FILL.color,
    patternColor: fill?.patternColor ?? NO_FILL.patternColor,
    tintAndShade: fill?.tintAndShade ?? NO_FILL.tintAndShade,
  };
}

/** The cell still shows our mark: the user has not re-coloured it since. */
function showsMark(fill: SavedFill, mark: string): boolean {
  return fill.pattern === "Solid" && fill.color.toUpperCase() === mark.toUpperCase();
}

function restore(fill: Excel.RangeFill, prior: SavedFill): void {
  if (prior.pattern === "None") {
    fill.clear();
    return;
  }
  fill.color = prior.color;
  if (prior.pattern !== "Solid") {
    fill.pattern = prior.pattern as Excel.FillPattern;
    fill.patternColor = prior.patternColor;
  }
  fill.tintAndShade = prior.tintAndShade;
}

/** Commands a write queues on its range: each property set is one action in the request. */
function actionsOf(write: FillWrite): number {
  if ("mark" in write) return 2;
  if (write.prior.pattern === "None") return 1;
  return write.prior.pattern === "Solid" ? 2 : 4;
}

function paint(fill: Excel.RangeFill, write: FillWrite): void {
  if ("mark" in write) {
    fill.color = write.mark;
    fill.pattern = "Solid";
  } else restore(fill, write.prior);
}

/**
 * Every cell's current fill, read a column run at a time (`getCellProperties`, ExcelApi 1.9), in
 * one sync up to the budget: about 10,000 scattered cells, or any number standing in runs.
 */
async function currentFills(
  context: Excel.RequestContext,
  sheet: SheetLookup,
  cells: readonly SheetCell[],
  budget: number,
): Promise<Map<string, SavedFill>> {
  const fills = new Map<string, SavedFill>();
  const cost = (run: CellRun<SheetCell>) => ({ request: RANGE_COMMAND_BYTES, response: run.items.length * FILL_BYTES_PER_CELL });
  for (const group of packByBudget(cellRuns(cells), cost, budget)) {
    const loads = group.map((run) => ({ run, props: sheet(run.sheet).getRange(runAddress(run)).getCellProperties(FILL_PROPERTIES) }));
    await context.sync();
    for (const { run, props } of loads) {
      run.items.forEach((c, i) => fills.set(cellKey(c.sheet, c.row, c.col), fillOf(props.value[i]?.[0])));
    }
  }
  return fills;
}

/** Writes as commands, one per run of neighbouring cells that get the same fill. */
function writeCommands(sheet: SheetLookup, writes: readonly CellWrite[]): Queued[] {
  return cellRuns(writes, (w) => JSON.stringify(w.write)).map((run) => {
    const write = run.items[0]!.write;
    return {
      request: RANGE_COMMAND_BYTES * actionsOf(write),
      queue: () => paint(sheet(run.sheet).getRange(runAddress(run)).format.fill, write),
    };
  });
}

async function syncByBudget(context: Excel.RequestContext, commands: readonly Queued[], budget: number): Promise<void> {
  for (const group of packByBudget(commands, (c) => ({ request: c.request, response: 0 }), budget)) {
    for (const command of group) command.queue();
    await context.sync();
  }
}

function saveMemory(context: Excel.RequestContext, marks: readonly RememberedMark[]): Queued {
  const text = encodeMemory(marks);
  return {
    request: RANGE_COMMAND_BYTES + utf8Bytes(JSON.stringify(text)),
    queue: () => context.workbook.settings.add(MARKS_SETTING, text),
  };
}

interface Remembered {
  readonly m: RememberedMark;
  readonly at: SheetCell;
}

function rememberedIn(memory: readonly RememberedMark[], sheets: ReadonlySet<string>): Remembered[] {
  const out: Remembered[] = [];
  for (const m of memory) {
    const at = sheetCell(m.sheet, m.cell);
    if (at !== undefined && sheets.has(m.sheet)) out.push({ m, at });
  }
  return out;
}

interface WantedMark {
  readonly at: SheetCell;
  readonly severity: Severity;
}

/** One mark per cell on an existing sheet; an error outranks a warning on the same cell. */
function strongest(marks: readonly CellMark[], sheets: ReadonlySet<string>): Map<string, WantedMark> {
  const byCell = new Map<string, WantedMark>();
  for (const m of marks) {
    const at = sheetCell(m.sheet, m.cell);
    if (at === undefined || !sheets.has(m.sheet)) continue;
    const k = cellKey(at.sheet, at.row, at.col);
    const had = byCell.get(k);
    if (had === undefined || (had.severity === "warning" && m.severity === "error")) byCell.set(k, { at, severity: m.severity });
  }
  return byCell;
}

/**
 * Replaces the add-in's marks with `marks`: the memory and sheet names; every affected cell's
 * current fill; then the writes — three syncs up to the payload budget (any number of cells that
 * stand in column runs, about 4,800 scattered ones), then one more per budget. Each cell's own fill is
 * remembered in a workbook setting, so that clearing still restores it after the pane reloads.
 * When the writes need several syncs, the memory goes first and still lists the cells being
 * restored, so that a sync that fails half-way leaves no mark that clearing cannot remove.
 */
export async function markIssues(env: OfficeEnv, marks: readonly CellMark[], budget = SYNC_PAYLOAD_BUDGET): Promise<void> {
  await env.run(async (context) => {
    const { memory, sheets } = await loadMemoryAndSheets(context);
    const sheet = sheetLookup(context);
    const wanted = strongest(marks, sheets);
    const remembered = rememberedIn(memory, sheets);
    const before = new Map(remembered.map((r) => [cellKey(r.at.sheet, r.at.row, r.at.col), r.m]));
    const stale = remembered.filter((r) => !wanted.has(cellKey(r.at.sheet, r.at.row, r.at.col)));
    const fills = await currentFills(context, sheet, [...stale.map((s) => s.at), ...[...wanted.values()].map((w) => w.at)], budget);
    const fillAt = (at: SheetCell) => fills.get(cellKey(at.sheet, at.row, at.col)) ?? NO_FILL;

    const restoring = stale.filter((s) => showsMark(fillAt(s.at), s.m.mark));
    const writes: CellWrite[] = restoring.map((s) => ({ ...s.at, write: { prior: s.m.prior } }));
    const next: RememberedMark[] = [];
    for (const [k, w] of wanted) {
      const fill = fillAt(w.at);
      const had = before.get(k);
      const prior = had !== undefined && showsMark(fill, had.mark) ? had.prior : fill;
      const colour = MARK_FILL[w.severity];
      writes.push({ ...w.at, write: { mark: colour } });
      next.push({ sheet: w.at.sheet, cell: cellAddress(w.at.row, w.at.col), mark: colour, prior });
    }
    const commands = writeCommands(sheet, writes);
    const oneSync =
      packByBudget([saveMemory(context, next), ...commands], (c) => ({ request: c.request, response: 0 }), budget).length === 1;
    const memoryToSave = oneSync ? next : [...next, ...restoring.map((s) => s.m)];
    await syncByBudget(context, [saveMemory(context, memoryToSave), ...commands], budget);
  });
}

/**
 * Removes every mark, in three syncs up to the payload budget. A cell the user has re-coloured
 * since it was marked keeps the user's colour; the others get their own fill back exactly. The
 * memory is deleted in the last sync, so that clearing can be repeated after a failure.
 */
export async function clearMarks(env: OfficeEnv, budget = SYNC_PAYLOAD_BUDGET): Promise<void> {
  await env.run(async (context) => {
    const { memory, sheets, setting } = await loadMemoryAndSheets(context);
    if (setting.isNullObject) return;
    const sheet = sheetLookup(context);
    const remembered = rememberedIn(memory, sheets);
    const fills = await currentFills(
      context,
      sheet,
      remembered.map((r) => r.at),
      budget,
    );
    const writes: CellWrite[] = remembered
      .filter((r) => showsMark(fills.get(cellKey(r.at.sheet, r.at.row, r.at.col)) ?? NO_FILL, r.m.mark))
      .map((r) => ({ ...r.at, write: { prior: r.m.prior } }));
    const forget: Queued = { request: RANGE_COMMAND_BYTES, queue: () => setting.delete() };
    await syncByBudget(context, [...writeCommands(sheet, writes), forget], budget);
  });
}
