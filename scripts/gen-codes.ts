/**
 * Writes docs/codes.md from the issue registry (see scripts/lib/codesDoc.ts).
 *
 *   npx tsx scripts/gen-codes.ts
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { codesDoc } from "./lib/codesDoc";

writeFileSync(join(__dirname, "..", "docs", "codes.md"), codesDoc());
