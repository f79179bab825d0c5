/**
 * What one worksheet cell can hold once an adapter has read it. Adapters flatten rich text,
 * hyperlinks and formulas (to their cached result) before the core sees a cell, so the core
 * only ever meets these shapes.
 */
export interface CellError {
  readonly error: string; // as Excel shows it: "#DIV/0!", "#N/A", "#REF!" …
}

export type CellValue = string | number | boolean | Date | CellError | null;

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null && !(value instanceof Date);
}

/**
 * The code units `String.prototype.trim` removes: ECMAScript white space (tab, vertical tab, form
 * feed, space, no-break space, the Zs spaces, BOM) and line terminators.
 */
export function isWhiteSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Blank as a clerk sees it: nothing, or only white space. Asked of every cell by several rules, so
 * it stops at the first visible character instead of trimming a copy.
 */
export function isBlank(value: CellValue): boolean {
  if (value === null) return true;
  if (typeof value !== "string") return false;
  for (let i = 0; i < value.length; i++) if (!isWhiteSpaceCode(value.charCodeAt(i))) return false;
  return true;
}

/** The text a cell shows, for comparisons and messages; numbers keep full precision. */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return value.error;
}
