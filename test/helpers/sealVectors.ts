import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { FormRow, FormSheet, HeaderValue } from "../../src/core/form/formSheet";
import type { HeaderFieldKey } from "../../src/core/form/formSpec";
import type { CellValue } from "../../src/core/grid/cell";

/**
 * A cell in a vector file. JSON has no Date, no -0 and no cell error, so those are spelled out:
 * {"date": ISO instant}, {"number": "-0"} (any text Number() reads), {"error": "#N/A"}.
 */
export type VectorCell =
  string | number | boolean | null | { readonly date: string } | { readonly number: string } | { readonly error: string };

export interface VectorForm {
  readonly sheet: string;
  readonly header: Partial<Record<HeaderFieldKey, { readonly value: VectorCell; readonly cell: string }>>;
  readonly headerRow: number;
  /** 1-based worksheet column of each of the 13 columns; null when the sheet lacks it. */
  readonly columnPositions: ReadonlyArray<number | null>;
  readonly rows: ReadonlyArray<{ readonly rowNumber: number; readonly values: readonly VectorCell[] }>;
}

export interface SealVector {
  readonly name: string;
  readonly description: string;
  readonly form: VectorForm;
  /** The canonical text, exactly (docs/seal.md). */
  readonly canonical: string;
  /** SHA-256 of the canonical text's UTF-8 bytes, lower-case hex. */
  readonly digest: string;
  /** The seal code printed on the paper (src/core/seal/code.ts). */
  readonly sealCode: string;
}

export const SEAL_VECTOR_DIR = join(__dirname, "..", "vectors", "seal");

export function decodeVectorCell(cell: VectorCell): CellValue {
  if (cell === null || typeof cell !== "object") return cell;
  if ("date" in cell) return new Date(cell.date);
  if ("number" in cell) return Number(cell.number);
  return { error: cell.error };
}

export function decodeVectorForm(form: VectorForm): FormSheet {
  const header: Partial<Record<HeaderFieldKey, HeaderValue>> = {};
  for (const [key, h] of Object.entries(form.header) as Array<[HeaderFieldKey, { value: VectorCell; cell: string }]>) {
    header[key] = { value: decodeVectorCell(h.value), cell: h.cell };
  }
  const rows: FormRow[] = form.rows.map((r) => ({ rowNumber: r.rowNumber, values: r.values.map(decodeVectorCell) }));
  return {
    sheet: form.sheet,
    header,
    headerRow: form.headerRow,
    columnPositions: form.columnPositions.map((c) => (c === null ? undefined : c)),
    rows,
    blankRows: [],
  };
}

export function loadSealVectors(): SealVector[] {
  return readdirSync(SEAL_VECTOR_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(SEAL_VECTOR_DIR, f), "utf8")) as SealVector);
}
