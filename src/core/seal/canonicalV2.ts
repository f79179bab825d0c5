import { cellAddress } from "../grid/address";
import type { Grid } from "../grid/grid";
import { STORE_SHEET } from "../workbook/storeSheet";
import { canonicalValue } from "./canonical";

/** First line of the canonical text of version 2 (docs/seal.md). */
export const SEAL_VERSION_V2 = "qbench-seal-v2";

/**
 * What a version-2 seal covers besides its record: the form sheet's used range as read, and the
 * names of the workbook's sheets (a second form sheet added after sealing is a change).
 */
export interface SealContent {
  /** The form sheet's grid; undefined when the workbook no longer has that sheet. */
  readonly grid: Grid | undefined;
  /** Every sheet but the add-in's store, in workbook order. */
  readonly sheets: readonly string[];
}

/** The content to seal or verify for `sheet`, from a workbook's grids. */
export function sealContentOf(grids: readonly Grid[], sheet: string): SealContent {
  return {
    grid: grids.find((g) => g.sheet === sheet),
    sheets: grids.map((g) => g.sheet).filter((name) => name !== STORE_SHEET),
  };
}

/**
 * Every non-empty cell of the used range by A1 address, as canonical values (trimmed NFC text,
 * canonical decimals), row by row. A cell holding only white space is empty: it prints nothing.
 */
export function contentSnapshot(grid: Grid | undefined): Record<string, string> {
  const snapshot: Record<string, string> = {};
  if (grid === undefined) return snapshot;
  grid.values.forEach((row, r) => {
    row.forEach((value, c) => {
      const text = canonicalValue(value ?? null);
      if (text !== "") snapshot[cellAddress(grid.origin.row + r, grid.origin.col + c)] = text;
    });
  });
  return snapshot;
}

/** JSON with object keys sorted at every level, so that the record's fields digest alike everywhere. */
export function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${sortedJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * The text a version-2 seal digests: the version line; the record's every field but the digest,
 * keys sorted; the workbook's sheet names; then one line per non-empty cell of the form sheet's
 * used range, row by row, with its address and canonical value. Each line ends in "\n".
 */
export function canonicalFormV2(content: SealContent, recordFields: Readonly<Record<string, unknown>>): string {
  const { digest: _digest, ...fields } = recordFields;
  const lines = [SEAL_VERSION_V2, `["record",${sortedJson(fields)}]`, JSON.stringify(["sheets", content.sheets])];
  for (const [cell, value] of Object.entries(contentSnapshot(content.grid))) lines.push(JSON.stringify(["cell", cell, value]));
  return lines.join("\n") + "\n";
}
