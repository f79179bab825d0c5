import { cellAddress, parseAddress } from "./address";
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
