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

/** Blank as a clerk sees it: nothing, or only white space. */
export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
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
