/**
 * Fills in `canonical` and `digest` of every seal test vector (test/vectors/seal/*.json) from its
 * `form`, through the core's canonicalisation, and refuses to write a digest that Node's own
 * SHA-256 does not confirm. Vectors are written by hand (name, description, form); only this
 * script writes what they expect, so an expectation always comes from the code under test plus an
 * independent hash, never from a reader of workbooks.
 *
 *   npm run gen:seal-vectors
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { canonicalForm } from "../src/core/seal/canonical";
import { sealCodeOf } from "../src/core/seal/code";
import { sealDigest } from "../src/core/seal/digest";
import {
  canonicalFormV2,
  contentSnapshot,
  printedSnapshot,
  SEAL_VERSION_V2,
  sealLayout,
  type SealContent,
} from "../src/core/seal/canonicalV2";
import { sha256Hex } from "../src/core/seal/digest";
import type { Grid } from "../src/core/grid/grid";
import type { CellValue } from "../src/core/grid/cell";
import { decodeVectorForm, SEAL_VECTOR_DIR, V2_RECORD_FIELDS, type SealVector, type SealVectorV2 } from "../test/helpers/sealVectors";
import { clerkSheet, type ClerkSheet } from "../test/seal/clerkSheet";

/** The clerk's sheet as a grid, laid out here from its cells rather than read by any reader under test. */
function gridOf(sheet: ClerkSheet): Grid {
  const rows: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  for (const { row, col, value, format } of sheet.cells) {
    while (rows.length < row) {
      rows.push([]);
      formats.push([]);
    }
    const r = rows[row - 1]!;
    while (r.length < col) r.push(null);
    r[col - 1] = value;
    formats[row - 1]![col - 1] = format;
  }
  return { sheet: sheet.name, origin: { row: 1, col: 1 }, values: rows, merges: sheet.merges, formats, layout: sheet.layout };
}

async function v2Of(sheet: ClerkSheet, file: string): Promise<SealVectorV2> {
  const content: SealContent = { grid: gridOf(sheet), sheets: [sheet.name] };
  const record: SealVectorV2["record"] = {
    ...V2_RECORD_FIELDS,
    quotaUsed: [...V2_RECORD_FIELDS.quotaUsed],
    confirmedWarnings: [...V2_RECORD_FIELDS.confirmedWarnings],
    version: SEAL_VERSION_V2,
    sheet: sheet.name,
    snapshot: contentSnapshot(content.grid),
    sheets: [sheet.name],
    printed: printedSnapshot(content.grid),
    ...sealLayout(content.grid),
  };
  const canonical = canonicalFormV2(content, record);
  const digest = await sha256Hex(canonical);
  const nodeDigest = createHash("sha256").update(canonical, "utf8").digest("hex");
  if (digest !== nodeDigest) throw new Error(`${file} (v2): Web Crypto gives ${digest}, node:crypto ${nodeDigest}`);
  return { record, canonical, digest, sealCode: sealCodeOf(digest) };
}

async function main(): Promise<void> {
  for (const file of readdirSync(SEAL_VECTOR_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const path = join(SEAL_VECTOR_DIR, file);
    const before = readFileSync(path, "utf8");
    const { name, description, form } = JSON.parse(before) as SealVector;
    const decoded = decodeVectorForm(form);
    const canonical = canonicalForm(decoded);
    const digest = await sealDigest(decoded);
    const nodeDigest = createHash("sha256").update(canonical, "utf8").digest("hex");
    if (digest !== nodeDigest) throw new Error(`${file}: Web Crypto gives ${digest}, node:crypto ${nodeDigest}`);
    const after =
      JSON.stringify(
        {
          name,
          description,
          form,
          canonical,
          digest,
          sealCode: sealCodeOf(digest),
          v2: await v2Of(clerkSheet(form), file),
        } satisfies SealVector,
        null,
        2,
      ) + "\n";
    if (after === before) continue;
    writeFileSync(path, after);
    console.log(`${file}: ${digest}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
