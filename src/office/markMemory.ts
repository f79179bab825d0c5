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

type FillRow = [pattern: string, color: string, patternColor: string, tintAndShade: number];
type MarkRow = [cell: string, mark: string, prior: number];

function isSavedFill(v: unknown): v is SavedFill {
  if (typeof v !== "object" || v === null) return false;
  const f = v as Record<string, unknown>;
  return (
    typeof f.pattern === "string" && typeof f.color === "string" && typeof f.patternColor === "string" && typeof f.tintAndShade === "number"
  );
}

function isFillRow(v: unknown): v is FillRow {
  return (
    Array.isArray(v) &&
    v.length === 4 &&
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
 * The memory as the workbook setting keeps it. Version 2 lists each distinct prior fill once and
 * each mark as `[cell, mark, fill index]` under its sheet — 27 bytes a mark in the request instead of 150,
 * so that the setting of tens of thousands of marks still fits in one sync's request.
 */
export function encodeMemory(marks: readonly RememberedMark[]): string {
  const fills: FillRow[] = [];
  const fillIndex = new Map<string, number>();
  const sheets = new Map<string, MarkRow[]>();
  for (const m of marks) {
    const row: FillRow = [m.prior.pattern, m.prior.color, m.prior.patternColor, m.prior.tintAndShade];
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
  // fromEntries, not assignment: a sheet may be called "__proto__".
  return JSON.stringify({ version: 2, fills, sheets: Object.fromEntries(sheets) });
}

/** The remembered marks kept in the workbook setting (version 1 or 2); anything unreadable counts as none. */
export function parseMemory(value: unknown): RememberedMark[] {
  let data: unknown = value;
  if (typeof value === "string") {
    try {
      data = JSON.parse(value);
    } catch {
      return [];
    }
  }
  if (typeof data !== "object" || data === null) return [];
  const { version, marks, fills, sheets } = data as { version?: unknown; marks?: unknown; fills?: unknown; sheets?: unknown };
  if (version === 2) return parseVersion2(fills, sheets);
  if (!Array.isArray(marks)) return [];
  return marks.filter(
    (m): m is RememberedMark =>
      typeof m === "object" &&
      m !== null &&
      typeof m.sheet === "string" &&
      typeof m.cell === "string" &&
      typeof m.mark === "string" &&
      isSavedFill(m.prior),
  );
}

function parseVersion2(fills: unknown, sheets: unknown): RememberedMark[] {
  if (!Array.isArray(fills) || typeof sheets !== "object" || sheets === null) return [];
  const priors = fills.map((f) => (isFillRow(f) ? { pattern: f[0], color: f[1], patternColor: f[2], tintAndShade: f[3] } : undefined));
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
