import { cellAddress, columnLetter } from "../grid/address";
import { gridBottom, gridRight, type Grid } from "../grid/grid";
import { printedText } from "../grid/printedText";
import { printAreaText } from "../grid/range";
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

/**
 * The content to seal or verify for `sheet`, from a workbook's grids: the sheet is found by its
 * worksheet id where both sides have one (a protected sheet can still be renamed), else by name.
 */
export function sealContentOf(grids: readonly Grid[], sheet: string, sheetId?: string): SealContent {
  return {
    grid: (sheetId === undefined ? undefined : grids.find((g) => g.id === sheetId)) ?? grids.find((g) => g.sheet === sheet),
    sheets: grids.map((g) => g.sheet).filter((name) => name !== STORE_SHEET),
  };
}

/** One non-empty cell of the used range: its address, canonical value and the text it prints. */
interface SealedCell {
  readonly cell: string;
  readonly value: string;
  readonly printed: string;
}

/**
 * Every non-empty cell of the used range, row by row. A cell holding only white space is empty:
 * it prints nothing.
 */
function sealedCells(grid: Grid | undefined): SealedCell[] {
  const cells: SealedCell[] = [];
  if (grid === undefined) return cells;
  grid.values.forEach((row, r) => {
    const formats = grid.formats?.[r];
    row.forEach((cellValue, c) => {
      const value = canonicalValue(cellValue ?? null);
      if (value === "") return;
      const printed = printedText(cellValue ?? null, formats?.[c]);
      cells.push({ cell: cellAddress(grid.origin.row + r, grid.origin.col + c), value, printed });
    });
  });
  return cells;
}

/**
 * Every non-empty cell of the used range by A1 address, as canonical values (trimmed NFC text,
 * canonical decimals), row by row.
 */
export function contentSnapshot(grid: Grid | undefined): Record<string, string> {
  const snapshot: Record<string, string> = {};
  for (const { cell, value } of sealedCells(grid)) snapshot[cell] = value;
  return snapshot;
}

/**
 * The text each cell prints where it differs from its value (a number format applied: `20000` in
 * `#,##0.00` prints `20,000.00`), by A1 address; a cell that prints its value is left out.
 */
export function printedSnapshot(grid: Grid | undefined): Record<string, string> {
  const snapshot: Record<string, string> = {};
  for (const { cell, value, printed } of sealedCells(grid)) if (printed !== value) snapshot[cell] = printed;
  return snapshot;
}

/** What a version-2 seal keeps of the printed page besides the cells. */
export interface SealLayout {
  /** Hidden rows inside the used range, ascending. */
  readonly hiddenRows: number[];
  /** Hidden columns inside the used range, as letters, left to right. */
  readonly hiddenColumns: string[];
  /** The print area (`A1:M20`, areas joined by `,`), null when the sheet sets none. */
  readonly printArea: string | null;
}

export function sealLayout(grid: Grid | undefined): SealLayout {
  const layout = grid?.layout;
  if (grid === undefined || layout === undefined) return { hiddenRows: [], hiddenColumns: [], printArea: null };
  const bottom = gridBottom(grid);
  const right = gridRight(grid);
  const inRows = (r: number) => r >= grid.origin.row && r <= bottom;
  const inCols = (c: number) => c >= grid.origin.col && c <= right;
  return {
    hiddenRows: [...new Set(layout.hiddenRows.filter(inRows))].sort((a, b) => a - b),
    hiddenColumns: [...new Set(layout.hiddenColumns.filter(inCols))].sort((a, b) => a - b).map(columnLetter),
    printArea: layout.printArea === undefined ? null : printAreaText(layout.printArea),
  };
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
 * keys sorted; the workbook's sheet names; one line per non-empty cell of the form sheet's used
 * range, row by row, with its address, canonical value and printed text; the hidden rows and
 * columns inside the used range; the print area. Each line ends in "\n".
 */
export function canonicalFormV2(content: SealContent, recordFields: Readonly<Record<string, unknown>>): string {
  const { digest: _digest, ...fields } = recordFields;
  const lines = [SEAL_VERSION_V2, `["record",${sortedJson(fields)}]`, JSON.stringify(["sheets", content.sheets])];
  for (const { cell, value, printed } of sealedCells(content.grid)) lines.push(JSON.stringify(["cell", cell, value, printed]));
  const layout = sealLayout(content.grid);
  lines.push(JSON.stringify(["hiddenRows", layout.hiddenRows]));
  lines.push(JSON.stringify(["hiddenColumns", layout.hiddenColumns]));
  lines.push(JSON.stringify(["printArea", layout.printArea]));
  return lines.join("\n") + "\n";
}
