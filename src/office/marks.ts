import type { Severity } from "../core/issues/codes";
import type { CellMark } from "../taskpane/adapter/WorkbookAdapter";
import { MARKS_SETTING, type OfficeEnv } from "./env";

/** Excel's own "bad" and "neutral" cell-style fills, so that marks look familiar. */
export const MARK_FILL: Readonly<Record<Severity, string>> = { error: "#FFC7CE", warning: "#FFEB9C" };

/** A cell's fill before the add-in marked it. */
export interface SavedFill {
  readonly pattern: string;
  readonly color: string;
  readonly patternColor: string;
  readonly tintAndShade: number;
}

/** One marked cell: its own fill before marking and the fill the mark put there. */
export interface RememberedMark {
  readonly sheet: string;
  readonly cell: string;
  readonly mark: string;
  readonly prior: SavedFill;
}

const key = (sheet: string, cell: string): string => `${sheet}\u0000${cell.toUpperCase()}`;

function isSavedFill(v: unknown): v is SavedFill {
  if (typeof v !== "object" || v === null) return false;
  const f = v as Record<string, unknown>;
  return typeof f.pattern === "string" && typeof f.color === "string" && typeof f.patternColor === "string" && typeof f.tintAndShade === "number";
}

/** The remembered marks kept in the workbook setting; anything unreadable counts as none. */
export function parseMemory(value: unknown): RememberedMark[] {
  let data: unknown = value;
  if (typeof value === "string") {
    try {
      data = JSON.parse(value);
    } catch {
      return [];
    }
  }
  const marks = (data as { marks?: unknown } | null)?.marks;
  if (!Array.isArray(marks)) return [];
  return marks.filter(
    (m): m is RememberedMark =>
      typeof m === "object" && m !== null && typeof m.sheet === "string" && typeof m.cell === "string" && typeof m.mark === "string" && isSavedFill(m.prior),
  );
}

function savedFill(fill: Excel.RangeFill): SavedFill {
  return { pattern: String(fill.pattern), color: fill.color, patternColor: fill.patternColor, tintAndShade: fill.tintAndShade ?? 0 };
}

/** The cell still shows our mark: the user has not re-coloured it since. */
function showsMark(fill: Excel.RangeFill, mark: string): boolean {
  return String(fill.pattern) === "Solid" && fill.color.toUpperCase() === mark.toUpperCase();
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

function loadFill(context: Excel.RequestContext, sheet: string, cell: string): Excel.RangeFill {
  const fill = context.workbook.worksheets.getItem(sheet).getRange(cell).format.fill;
  fill.load("color,pattern,patternColor,tintAndShade");
  return fill;
}

async function loadMemoryAndSheets(context: Excel.RequestContext): Promise<{ memory: RememberedMark[]; sheets: Set<string>; setting: Excel.Setting }> {
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

/** One mark per cell; an error outranks a warning on the same cell. */
function strongest(marks: readonly CellMark[]): Map<string, CellMark> {
  const byCell = new Map<string, CellMark>();
  for (const m of marks) {
    const k = key(m.sheet, m.cell);
    const had = byCell.get(k);
    if (had === undefined || (had.severity === "warning" && m.severity === "error")) byCell.set(k, m);
  }
  return byCell;
}

/**
 * Replaces the add-in's marks with `marks` in three syncs whatever their number: the memory and
 * sheet names; every affected cell's current fill; then all writes. Each cell's own fill is
 * remembered in a workbook setting, so that clearing still restores it after the pane reloads.
 */
export async function markIssues(env: OfficeEnv, marks: readonly CellMark[]): Promise<void> {
  await env.run(async (context) => {
    const { memory, sheets } = await loadMemoryAndSheets(context);
    const wanted = [...strongest(marks).values()].filter((m) => sheets.has(m.sheet));
    const wantedKeys = new Set(wanted.map((m) => key(m.sheet, m.cell)));
    const remembered = new Map(memory.map((m) => [key(m.sheet, m.cell), m]));
    const stale = memory.filter((m) => sheets.has(m.sheet) && !wantedKeys.has(key(m.sheet, m.cell)));

    const staleFills = stale.map((m) => ({ m, fill: loadFill(context, m.sheet, m.cell) }));
    const newFills = wanted.map((m) => ({ m, fill: loadFill(context, m.sheet, m.cell) }));
    await context.sync();

    for (const { m, fill } of staleFills) if (showsMark(fill, m.mark)) restore(fill, m.prior);
    const next: RememberedMark[] = [];
    for (const { m, fill } of newFills) {
      const before = remembered.get(key(m.sheet, m.cell));
      const prior = before !== undefined && showsMark(fill, before.mark) ? before.prior : savedFill(fill);
      const colour = MARK_FILL[m.severity];
      fill.color = colour;
      fill.pattern = "Solid";
      next.push({ sheet: m.sheet, cell: m.cell.toUpperCase(), mark: colour, prior });
    }
    context.workbook.settings.add(MARKS_SETTING, JSON.stringify({ version: 1, marks: next }));
    await context.sync();
  });
}

/**
 * Removes every mark, in three syncs whatever their number. A cell the user has re-coloured
 * since it was marked keeps the user's colour; the others get their own fill back exactly.
 */
export async function clearMarks(env: OfficeEnv): Promise<void> {
  await env.run(async (context) => {
    const { memory, sheets, setting } = await loadMemoryAndSheets(context);
    if (setting.isNullObject) return;
    const fills = memory.filter((m) => sheets.has(m.sheet)).map((m) => ({ m, fill: loadFill(context, m.sheet, m.cell) }));
    await context.sync();
    for (const { m, fill } of fills) if (showsMark(fill, m.mark)) restore(fill, m.prior);
    setting.delete();
    await context.sync();
  });
}
