import { cellAddress, columnLetter, parseAddress } from "./address";
import type { CellRange } from "./grid";

/**
 * Parses `B5` or `A5:M104` (with or without `$`) into a range with its corners ordered (`B5:A1` is
 * `A1:B5`), the one parser every host uses; undefined for whole rows or columns or anything else.
 */
export function parseRange(text: string): CellRange | undefined {
  const [first, second, ...rest] = text.split(":");
  if (first === undefined || rest.length > 0) return undefined;
  const a = parseAddress(first);
  const b = second === undefined ? a : parseAddress(second);
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** Splits `'qbench_lists'!$A$2:$A$40` into its sheet and range. */
export function parseSheetRange(text: string): { sheet: string; range: CellRange } | undefined {
  const bang = text.lastIndexOf("!");
  if (bang < 0) return undefined;
  const rawSheet = text.slice(0, bang);
  const sheet = rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const range = parseRange(text.slice(bang + 1));
  return range && sheet ? { sheet, range } : undefined;
}

export function rangeAddress(range: CellRange): string {
  const start = cellAddress(range.top, range.left);
  const end = cellAddress(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}

/** The A1 address in the canonical form the workbook keys cells by (`$b$5` → `B5`). */
export function canonicalAddress(address: string): string | undefined {
  const at = parseAddress(address);
  return at ? cellAddress(at.row, at.col) : undefined;
}

/** Excel's sheet: 1,048,576 rows by 16,384 columns (XFD). */
const LAST_ROW = 1_048_576;
const LAST_COL = 16_384;

/** `A1:M20`, `$A:$M` (whole columns) or `$1:$20` (whole rows), without its sheet. */
function parseArea(text: string): CellRange | undefined {
  const bare = text.replace(/\$/g, "").trim();
  const columns = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(bare);
  if (columns) {
    const a = parseAddress(`${columns[1]!}1`)!.col;
    const b = parseAddress(`${columns[2]!}1`)!.col;
    return { top: 1, left: Math.min(a, b), bottom: LAST_ROW, right: Math.max(a, b) };
  }
  const rows = /^(\d{1,7}):(\d{1,7})$/.exec(bare);
  if (rows) {
    const a = Number(rows[1]);
    const b = Number(rows[2]);
    return { top: Math.min(a, b), left: 1, bottom: Math.max(a, b), right: LAST_COL };
  }
  return parseRange(bare);
}

/**
 * A print area as a file's `_xlnm.Print_Area` or Office.js's `RangeAreas.address` writes it —
 * `'申报 表'!$A$1:$M$20,'申报 表'!$A$30:$M$40`, with or without the sheet, whole columns or rows
 * allowed — as its ranges in order; undefined when any part is no area.
 */
export function parsePrintArea(text: string): CellRange[] | undefined {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === "," && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  const areas: CellRange[] = [];
  for (const part of parts) {
    const area = parseArea(part.slice(part.lastIndexOf("!") + 1));
    if (area === undefined) return undefined;
    areas.push(area);
  }
  return areas.length === 0 ? undefined : areas;
}

/** A print area in the one form the seal compares: `A1:M20`, areas joined by `,`, whole columns `A:M`. */
export function printAreaText(areas: readonly CellRange[]): string {
  return areas
    .map((a) => {
      if (a.top === 1 && a.bottom === LAST_ROW) return `${columnLetter(a.left)}:${columnLetter(a.right)}`;
      if (a.left === 1 && a.right === LAST_COL) return `${a.top}:${a.bottom}`;
      return rangeAddress(a);
    })
    .join(",");
}
