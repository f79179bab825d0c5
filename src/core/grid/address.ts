/** A1 addresses for 1-based worksheet coordinates, with a cache because reports name many cells. */
const letters: string[] = [];

export function columnLetter(col: number): string {
  const cached = letters[col];
  if (cached !== undefined) return cached;
  let n = col;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  letters[col] = out;
  return out;
}

export function cellAddress(row: number, col: number): string {
  return columnLetter(col) + String(row);
}

/** Parses "B12" (optionally "$B$12") into 1-based row and column; undefined when it is no A1 address. */
export function parseAddress(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}
