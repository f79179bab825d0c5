/** Excel's rules for sheet names: at most 31 characters, none of : \ / ? * [ ], unique ignoring case. */
export const MAX_SHEET_NAME = 31;

export function cleanSheetName(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, "")
    .replace(/^'+|'+$/g, "")
    .trim();
  return (cleaned || "Sheet").slice(0, MAX_SHEET_NAME);
}

/** `preferred` when no sheet has that name, else `preferred (2)`, `(3)` … shortened to fit 31 characters. */
export function freeSheetName(preferred: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = cleanSheetName(preferred);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** The range part of an address Office.js returns (`'My sheet'!A1:B2` → `A1:B2`). */
export function rangePart(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address : address.slice(bang + 1);
}
