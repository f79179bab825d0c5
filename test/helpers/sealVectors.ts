import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { FormRow, FormSheet, HeaderValue } from "../../src/core/form/formSheet";
import type { HeaderFieldKey } from "../../src/core/form/formSpec";
import type { CellValue } from "../../src/core/grid/cell";
import { sealSnapshot } from "../../src/core/seal/canonical";
import { sealDigest } from "../../src/core/seal/digest";
import type { SealInput, SealRecord } from "../../src/core/seal/record";

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
  /** The printed page beyond the cells, laid out on the clerk's sheet by every host (version 2 covers it). */
  readonly page?: VectorPage;
}

export interface VectorPage {
  readonly hiddenRows?: readonly number[];
  readonly hiddenColumns?: readonly number[];
  /** One A1 range, e.g. `A1:M20`. */
  readonly printArea?: string;
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
  /** The same form as a clerk's sheet (test/seal/clerkSheet.ts) sealed in canonical form version 2. */
  readonly v2: SealVectorV2;
}

/** A version-2 seal of a vector's sheet: the record (all but the digest), its canonical text, digest and code. */
export interface SealVectorV2 {
  readonly record: Omit<SealRecord, "digest">;
  readonly canonical: string;
  readonly digest: string;
  readonly sealCode: string;
}

/** The record fields every version-2 vector is sealed with; sheet, snapshot and sheets come from its sheet. */
export const V2_RECORD_FIELDS = {
  unit: "浙江省经济和信息化厅",
  sealedBy: "李明",
  sealedAt: "2021-06-20T08:00:00.000Z",
  year: 2021,
  rowCount: 2,
  quotaUsed: [{ label: "总名额", used: 2, limit: 40 }],
  confirmedWarnings: [{ code: "city-normalizable", cell: "D8", row: 8, value: "杭州" }],
  toolVersion: "vector",
} as const satisfies Partial<SealRecord>;

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

/** A seal as version 1 made it (the form's header block and data rows only): such seals still verify. */
export async function v1Record(form: FormSheet, input: SealInput): Promise<SealRecord> {
  return {
    version: "qbench-seal-v1",
    unit: input.unit,
    sealedBy: input.sealedBy,
    sealedAt: input.sealedAt.toISOString(),
    year: input.year,
    sheet: form.sheet,
    rowCount: form.rows.length,
    quotaUsed: [...input.quotaUsed],
    confirmedWarnings: [...input.confirmedWarnings],
    toolVersion: input.toolVersion,
    digest: await sealDigest(form),
    snapshot: sealSnapshot(form),
  };
}
