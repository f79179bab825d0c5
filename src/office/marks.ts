import type { Severity } from "../core/issues/registry";
import { MARK_FILL, type CellMark } from "../core/workbook";
import { cellAddress } from "../core/grid/address";
import type { SheetNamesById } from "./changes";
import { cellKey, cellRuns, runAddress, sheetCell, type CellRun, type SheetCell } from "./cellRuns";
import { MARKS_SETTING, type OfficeEnv } from "./env";
import { encodeMemory, parseMemory, type RememberedMark, type SavedFill } from "./markMemory";
import { FILL_BYTES_PER_CELL, packByBudget, RANGE_COMMAND_BYTES, SYNC_PAYLOAD_BUDGET, utf8Bytes } from "./payload";

/**
 * Fills `getCellProperties` reports that `RangeFill.pattern` cannot set (Excel.FillPattern has
 * no gradients): a cell filled so is never marked, because its fill could not be put back.
 */
const GRADIENTS = new Set(["LinearGradient", "RectangularGradient"]);

/** What this adapter last wrote to or read from the marks setting, so that the next operation can plan its reads. */
export interface MarkCache {
  text: string | undefined;
}

const NO_FILL: SavedFill = { pattern: "None", color: "#FFFFFF", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 };

const FILL_PROPERTIES: Excel.CellPropertiesLoadOptions = {
  format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true } },
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
    patternTintAndShade: fill?.patternTintAndShade ?? 0,
  };
}

/** The cell still shows our mark: the user has not re-coloured it since. */
function showsMark(fill: SavedFill, mark: string): boolean {
  return fill.pattern === "Solid" && fill.color.toUpperCase() === mark.toUpperCase() && fill.tintAndShade === 0;
}

/**
 * Puts a fill back: colour, then pattern and pattern colour, then the tints, since setting the
 * colour makes the pattern solid. A theme colour comes back as the colour it showed (hex) with
 * its tint: RangeFill has no theme-colour property, so the link to the theme is not restored.
 */
function restore(fill: Excel.RangeFill, prior: SavedFill): void {
  if (prior.pattern === "None") {
    fill.clear();
    return;
  }
  fill.color = prior.color;
  if (prior.pattern !== "Solid") {
    fill.pattern = prior.pattern as Excel.FillPattern;
    fill.patternColor = prior.patternColor;
    fill.patternTintAndShade = prior.patternTintAndShade ?? 0;
  }
  fill.tintAndShade = prior.tintAndShade;
}

/** Commands a write queues on its range: each property set is one action in the request. */
function actionsOf(write: FillWrite): number {
  if ("mark" in write) return 3;
  if (write.prior.pattern === "None") return 1;
  return write.prior.pattern === "Solid" ? 2 : 5;
}

function paint(fill: Excel.RangeFill, write: FillWrite): void {
  if ("mark" in write) {
    fill.color = write.mark;
    fill.pattern = "Solid";
    fill.tintAndShade = 0;
  } else restore(fill, write.prior);
}

/** The workbook's sheets as one sync found them, and which of them are protected. */
interface Sheets {
  readonly idByName: Map<string, string>;
  readonly ids: Set<string>;
  readonly protectedIds: Set<string>;
}

/**
 * Queues the fill of every cell (one `getCellProperties` per run of neighbouring cells in a
 * column, ExcelApi 1.9) and each sheet's protection; `sheetRef` is how the sheet is addressed
 * (name or id), `sheetId` how the result is keyed. Syncs only when the cells need more than one
 * budget: the caller's next sync carries the last group.
 */
async function probeFills(
  context: Excel.RequestContext,
  cells: readonly SheetCell[],
  budget: number,
): Promise<{ finish: () => Map<string, SavedFill>; protection: Map<string, Excel.WorksheetProtection> }> {
  const fills = new Map<string, SavedFill>();
  const protection = new Map<string, Excel.WorksheetProtection>();
  const sheet = (ref: string) => context.workbook.worksheets.getItem(ref);
  for (const ref of new Set(cells.map((c) => c.sheet))) {
    const p = sheet(ref).protection;
    p.load("protected");
    protection.set(ref, p);
  }
  const cost = (run: CellRun<SheetCell>) => ({ request: RANGE_COMMAND_BYTES, response: run.items.length * FILL_BYTES_PER_CELL });
  const groups = packByBudget(cellRuns(cells), cost, budget);
  const pending: Array<{ run: CellRun<SheetCell>; props: OfficeExtension.ClientResult<Excel.CellProperties[][]> }> = [];
  for (const [i, group] of groups.entries()) {
    for (const run of group) pending.push({ run, props: sheet(run.sheet).getRange(runAddress(run)).getCellProperties(FILL_PROPERTIES) });
    if (i < groups.length - 1) await context.sync();
  }
  return {
    protection,
    finish: () => {
      for (const { run, props } of pending)
        run.items.forEach((c, i) => fills.set(cellKey(c.sheet, c.row, c.col), fillOf(props.value[i]?.[0])));
      return fills;
    },
  };
}

interface Planned {
  readonly sheets: Sheets;
  readonly memory: RememberedMark[];
  readonly setting: Excel.Setting;
  /** Current fills by cellKey(sheet id, …). */
  readonly fills: Map<string, SavedFill>;
}

/**
 * One sync in the usual case: the marks setting, the sheets (names and ids), and the current
 * fill and protection of the cells to mark (`wanted`, addressed by sheet name) and of the cells
 * this adapter remembers marking (by sheet id, from `cache`). When the setting holds marks the
 * cache did not know (another pane, a reload), their cells take one more sync.
 */
async function plan(
  context: Excel.RequestContext,
  cache: MarkCache,
  names: SheetNamesById,
  wanted: readonly SheetCell[],
  budget: number,
): Promise<Planned> {
  const setting = context.workbook.settings.getItemOrNullObject(MARKS_SETTING);
  setting.load("value");
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id");
  const expected = cache.text === undefined ? [] : parseMemory(cache.text).marks.filter((m) => names.has(m.sheet));
  let first = await probeFills(context, [...wanted, ...cellsOf(expected)], budget);
  try {
    await context.sync();
  } catch (error) {
    if ((error as { code?: unknown }).code !== "ItemNotFound") throw error;
    // A sheet was deleted or renamed since the last read: probe only the sheets that exist now.
    worksheets.load("items/name,items/id");
    await context.sync();
    const exists = new Set(worksheets.items.flatMap((w) => [w.name, w.id]));
    first = await probeFills(
      context,
      wanted.filter((c) => exists.has(c.sheet)),
      budget,
    );
    await context.sync();
  }

  const idByName = new Map(worksheets.items.map((w) => [w.name, w.id]));
  names.clear();
  for (const w of worksheets.items) names.set(w.id, w.name);
  const ids = new Set(worksheets.items.map((w) => w.id));
  const toId = (ref: string) => idByName.get(ref) ?? ref;
  const fills = rekey(first.finish(), toId);
  const protectedIds = new Set<string>();
  for (const [ref, p] of first.protection) if (p.protected) protectedIds.add(toId(ref));

  const text = setting.isNullObject ? undefined : typeof setting.value === "string" ? setting.value : JSON.stringify(setting.value);
  const parsed = text === undefined ? { keyedBy: "id" as const, marks: [] } : parseMemory(text);
  const memory = parsed.marks
    .map((m) => (parsed.keyedBy === "name" ? { ...m, sheet: idByName.get(m.sheet) ?? "" } : m))
    .filter((m) => ids.has(m.sheet));
  cache.text = text;

  const unknown = cellsOf(memory).filter((c) => !fills.has(cellKey(c.sheet, c.row, c.col)));
  if (unknown.length > 0) {
    const more = await probeFills(context, unknown, budget);
    await context.sync();
    for (const [k, f] of more.finish()) fills.set(k, f);
    for (const [ref, p] of more.protection) if (p.protected) protectedIds.add(ref);
  }
  return { sheets: { idByName, ids, protectedIds }, memory, setting, fills };
}

function cellsOf(marks: readonly RememberedMark[]): SheetCell[] {
  const out: SheetCell[] = [];
  for (const m of marks) {
    const at = sheetCell(m.sheet, m.cell);
    if (at !== undefined) out.push(at);
  }
  return out;
}

function rekey(fills: Map<string, SavedFill>, toId: (ref: string) => string): Map<string, SavedFill> {
  const out = new Map<string, SavedFill>();
  for (const [k, f] of fills) {
    const cut = k.indexOf("\u0000");
    out.set(`${toId(k.slice(0, cut))}${k.slice(cut)}`, f);
  }
  return out;
}

/** Writes as commands, one per run of neighbouring cells that get the same fill (sheets by id). */
function writeCommands(context: Excel.RequestContext, writes: readonly CellWrite[]): Queued[] {
  return cellRuns(writes, (w) => JSON.stringify(w.write)).map((run) => {
    const write = run.items[0]!.write;
    return {
      request: RANGE_COMMAND_BYTES * actionsOf(write),
      queue: () => paint(context.workbook.worksheets.getItem(run.sheet).getRange(runAddress(run)).format.fill, write),
    };
  });
}

async function syncByBudget(context: Excel.RequestContext, commands: readonly Queued[], budget: number): Promise<void> {
  for (const group of packByBudget(commands, (c) => ({ request: c.request, response: 0 }), budget)) {
    for (const command of group) command.queue();
    await context.sync();
  }
}

function saveMemory(context: Excel.RequestContext, cache: MarkCache, marks: readonly RememberedMark[]): Queued {
  const text = encodeMemory(marks);
  return {
    request: RANGE_COMMAND_BYTES + utf8Bytes(JSON.stringify(text)),
    queue: () => {
      context.workbook.settings.add(MARKS_SETTING, text);
      cache.text = text;
    },
  };
}

interface WantedMark {
  readonly at: SheetCell;
  readonly severity: Severity;
}

/** One mark per cell; an error outranks a warning on the same cell. Sheets by name. */
function strongest(marks: readonly CellMark[]): Map<string, WantedMark> {
  const byCell = new Map<string, WantedMark>();
  for (const m of marks) {
    const at = sheetCell(m.sheet, m.cell);
    if (at === undefined) continue;
    const k = cellKey(at.sheet, at.row, at.col);
    const had = byCell.get(k);
    if (had === undefined || (had.severity === "warning" && m.severity === "error")) byCell.set(k, { at, severity: m.severity });
  }
  return byCell;
}

/**
 * Replaces the add-in's marks with `marks`: one sync for the memory, the sheets and every
 * affected cell's fill and sheet protection (see `plan`), then one for the writes and the memory —
 * two syncs up to the payload budget when this adapter wrote the memory last, three when it must
 * first learn it, then one more per budget. Cells on a protected sheet (a sealed form) are
 * neither marked nor restored, and their memory is kept; a cell with a gradient fill is not
 * marked. Fill-only writes raise no change event, so nothing is muted around them.
 * When the writes need several syncs, the memory goes first and still lists the cells being
 * restored, so that a sync that fails half-way leaves no mark that clearing cannot remove.
 */
export async function markIssues(
  env: OfficeEnv,
  marks: readonly CellMark[],
  cache: MarkCache = { text: undefined },
  names: SheetNamesById = new Map(),
  budget = SYNC_PAYLOAD_BUDGET,
): Promise<void> {
  const wanted = strongest(marks);
  await env.run(async (context) => {
    const { sheets, memory, fills } = await plan(
      context,
      cache,
      names,
      [...wanted.values()].map((w) => w.at),
      budget,
    );
    const fillAt = (sheetId: string, at: SheetCell) => fills.get(cellKey(sheetId, at.row, at.col)) ?? NO_FILL;
    const writable = (sheetId: string) => sheets.ids.has(sheetId) && !sheets.protectedIds.has(sheetId);

    const wantedById = new Map<string, WantedMark & { sheetId: string }>();
    for (const w of wanted.values()) {
      const sheetId = sheets.idByName.get(w.at.sheet);
      if (sheetId !== undefined) wantedById.set(cellKey(sheetId, w.at.row, w.at.col), { ...w, sheetId });
    }
    const remembered = new Map(memory.map((m) => [memoryKey(m), m]));
    const writes: CellWrite[] = [];
    const next: RememberedMark[] = [];
    const restoring: RememberedMark[] = [];
    for (const m of memory) {
      if (wantedById.has(memoryKey(m))) continue;
      const at = sheetCell(m.sheet, m.cell)!;
      if (!writable(m.sheet)) next.push(m);
      else if (showsMark(fillAt(m.sheet, at), m.mark)) {
        writes.push({ ...at, write: { prior: m.prior } });
        restoring.push(m);
      }
    }
    for (const [k, w] of wantedById) {
      const had = remembered.get(k);
      if (!writable(w.sheetId)) {
        if (had !== undefined) next.push(had);
        continue;
      }
      const fill = fillAt(w.sheetId, w.at);
      if (GRADIENTS.has(fill.pattern)) continue;
      const prior = had !== undefined && showsMark(fill, had.mark) ? had.prior : fill;
      const colour = MARK_FILL[w.severity];
      writes.push({ sheet: w.sheetId, row: w.at.row, col: w.at.col, write: { mark: colour } });
      next.push({ sheet: w.sheetId, cell: cellAddress(w.at.row, w.at.col), mark: colour, prior });
    }
    const commands = writeCommands(context, writes);
    const oneSync =
      packByBudget([saveMemory(context, cache, next), ...commands], (c) => ({ request: c.request, response: 0 }), budget).length === 1;
    const memoryToSave = oneSync ? next : [...next, ...restoring];
    await syncByBudget(context, [saveMemory(context, cache, memoryToSave), ...commands], budget);
  });
}

function memoryKey(m: RememberedMark): string {
  const at = sheetCell(m.sheet, m.cell);
  return at === undefined ? "" : cellKey(m.sheet, at.row, at.col);
}

/**
 * Removes every mark, in two syncs up to the payload budget (three when this adapter did not
 * write the memory last). A cell the user has re-coloured since it was marked keeps the user's
 * colour; the others get their own fill back exactly. Marks on a protected sheet stay, and stay
 * remembered, while the marks on every other sheet are cleared. The memory is rewritten (or
 * deleted) in the last sync, so that clearing can be repeated after a failure.
 */
export async function clearMarks(
  env: OfficeEnv,
  cache: MarkCache = { text: undefined },
  names: SheetNamesById = new Map(),
  budget = SYNC_PAYLOAD_BUDGET,
): Promise<void> {
  await env.run(async (context) => {
    const { sheets, memory, setting, fills } = await plan(context, cache, names, [], budget);
    if (setting.isNullObject) return;
    const kept = memory.filter((m) => sheets.protectedIds.has(m.sheet));
    const writes: CellWrite[] = [];
    for (const m of memory) {
      if (sheets.protectedIds.has(m.sheet)) continue;
      const at = sheetCell(m.sheet, m.cell)!;
      if (GRADIENTS.has(m.prior.pattern)) continue;
      if (showsMark(fills.get(cellKey(m.sheet, at.row, at.col)) ?? NO_FILL, m.mark)) writes.push({ ...at, write: { prior: m.prior } });
    }
    const last: Queued =
      kept.length > 0
        ? saveMemory(context, cache, kept)
        : {
            request: RANGE_COMMAND_BYTES,
            queue: () => {
              setting.delete();
              cache.text = undefined;
            },
          };
    await syncByBudget(context, [...writeCommands(context, writes), last], budget);
  });
}
