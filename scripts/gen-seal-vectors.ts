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
import { decodeVectorForm, SEAL_VECTOR_DIR, type SealVector } from "../test/helpers/sealVectors";

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
      JSON.stringify({ name, description, form, canonical, digest, sealCode: sealCodeOf(digest) } satisfies SealVector, null, 2) + "\n";
    if (after === before) continue;
    writeFileSync(path, after);
    console.log(`${file}: ${digest}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
