/** A cell's fill before the add-in marked it, as `getCellProperties` reports it. */
export interface SavedFill {
  readonly pattern: string;
  readonly color: string;
  readonly patternColor: string;
  readonly tintAndShade: number;
  /** Absent in memories written before version 3 (taken as 0). */
  readonly patternTintAndShade?: number;
}

/** One marked cell: its own fill before marking and the fill the mark put there. */
export interface RememberedMark {
  /** The worksheet's id from version 3 on (a protected sheet can still be renamed); its name before. */
  readonly sheet: string;
  readonly cell: string;
  readonly mark: string;
  readonly prior: SavedFill;
}

/** The memory as read: version 3 keys marks by worksheet id, earlier versions by name. */
export interface ParsedMemory {
  readonly keyedBy: "id" | "name";
  readonly marks: RememberedMark[];
}

type FillRow = [pattern: string, color: string, patternColor: string, tintAndShade: number, patternTintAndShade?: number];
type MarkRow = [cell: string, mark: string, prior: number];

function isFillRow(v: unknown): v is FillRow {
  return (
    Array.isArray(v) &&
    (v.length === 4 || (v.length === 5 && typeof v[4] === "number")) &&
    typeof v[0] === "string" &&
    typeof v[1] === "string" &&
    typeof v[2] === "string" &&
    typeof v[3] === "number"
  );
}

function isMarkRow(v: unknown): v is MarkRow {
  return Array.isArray(v) && v.length === 3 && typeof v[0] === "string" && typeof v[1] === "string" && Number.isInteger(v[2]);
}

/**
 * The memory as the workbook setting keeps it. Version 3 lists each distinct prior fill once and
 * each mark as `[cell, mark, fill index]` under its worksheet's id — 27 bytes a mark in the
 * request, so that the setting of tens of thousands of marks still fits in one sync's request.
 */
export function encodeMemory(marks: readonly RememberedMark[]): string {
  const fills: FillRow[] = [];
  const fillIndex = new Map<string, number>();
  const sheets = new Map<string, MarkRow[]>();
  for (const m of marks) {
    const row: FillRow = [m.prior.pattern, m.prior.color, m.prior.patternColor, m.prior.tintAndShade, m.prior.patternTintAndShade ?? 0];
    const k = JSON.stringify(row);
    let index = fillIndex.get(k);
    if (index === undefined) {
      index = fills.push(row) - 1;
      fillIndex.set(k, index);
    }
    const rows = sheets.get(m.sheet);
    if (rows === undefined) sheets.set(m.sheet, [[m.cell, m.mark, index]]);
    else rows.push([m.cell, m.mark, index]);
  }
  // fromEntries, not assignment: a key may be "__proto__".
  return JSON.stringify({ version: 3, fills, sheets: Object.fromEntries(sheets) });
}

/** The remembered marks kept in the workbook setting (versions 2 and 3); anything else counts as none. */
export function parseMemory(value: unknown): ParsedMemory {
  let data: unknown = value;
  if (typeof value === "string") {
    try {
      data = JSON.parse(value);
    } catch {
      return { keyedBy: "id", marks: [] };
    }
  }
  if (typeof data !== "object" || data === null) return { keyedBy: "id", marks: [] };
  const { version, fills, sheets } = data as { version?: unknown; fills?: unknown; sheets?: unknown };
  if (version === 3) return { keyedBy: "id", marks: parseTable(fills, sheets) };
  if (version === 2) return { keyedBy: "name", marks: parseTable(fills, sheets) };
  return { keyedBy: "id", marks: [] };
}

function parseTable(fills: unknown, sheets: unknown): RememberedMark[] {
  if (!Array.isArray(fills) || typeof sheets !== "object" || sheets === null) return [];
  const priors = fills.map((f): SavedFill | undefined =>
    isFillRow(f) ? { pattern: f[0], color: f[1], patternColor: f[2], tintAndShade: f[3], patternTintAndShade: f[4] ?? 0 } : undefined,
  );
  const out: RememberedMark[] = [];
  for (const [sheet, rows] of Object.entries(sheets as Record<string, unknown>)) {
    if (!Array.isArray(rows)) continue;
    for (const row of rows) {
      if (!isMarkRow(row)) continue;
      const prior = priors[row[2]];
      if (prior !== undefined) out.push({ sheet, cell: row[0], mark: row[1], prior });
    }
  }
  return out;
}
