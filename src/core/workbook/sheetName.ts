/**
 * Excel's rules for a sheet name: at most 31 characters, none of : \ / ? * [ ], not blank, not
 * starting or ending with an apostrophe, unique ignoring case, and never "History" (Excel keeps
 * that name for its change-tracking sheet). Control characters are dropped too: a file's XML
 * cannot hold them. Every host names a new sheet through these two
 * functions, so that one request gives the same name in Excel, in the preview and in a file.
 */
export const MAX_SHEET_NAME = 31;
const RESERVED = ["history"];
const FALLBACK = "Sheet";

/** `text` cut to `max` UTF-16 units, never leaving half of a surrogate pair at the end. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head;
}

function trimApostrophes(text: string): string {
  return text.replace(/^[\s']+|[\s']+$/g, "");
}

/** The requested name made valid: forbidden characters dropped, apostrophes and spaces trimmed, cut to 31. */
export function cleanSheetName(requested: string): string {
  const cleaned = trimApostrophes(cut(trimApostrophes(requested.replace(/[:\\/?*[\]\p{Cc}]/gu, "")), MAX_SHEET_NAME));
  return cleaned === "" ? FALLBACK : cleaned;
}

/** The cleaned name when no sheet has it (ignoring case), else `name (2)`, `(3)` … shortened to fit 31 characters. */
export function freeSheetName(requested: string, existing: readonly string[]): string {
  const taken = new Set([...RESERVED, ...existing.map((n) => n.toLowerCase())]);
  const base = cleanSheetName(requested);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = trimApostrophes(cut(base, MAX_SHEET_NAME - suffix.length)) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** Why Excel refuses a name the person types for a sheet (a rename), or undefined when it takes it. */
export type SheetNameRefusal = "invalid" | "reserved" | "taken";

/** `others`: the names of every other sheet. Excel compares them ignoring case. */
export function sheetNameRefusal(name: string, others: readonly string[]): SheetNameRefusal | undefined {
  if (name.trim() === "" || name.length > MAX_SHEET_NAME || /[:\\/?*[\]\p{Cc}]/u.test(name) || /^'|'$/.test(name)) return "invalid";
  const key = name.toLowerCase();
  if (RESERVED.includes(key)) return "reserved";
  return others.some((n) => n.toLowerCase() === key) ? "taken" : undefined;
}
