import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decryptWorkbookBytes } from "../../src/xlsx/decryptBytes";
import { sheetPassword } from "../../src/xlsx/sheetPassword";
import type { BenchSection } from "../lib/section";
import { measureTogether } from "../lib/timing";

/**
 * Opening an encrypted workbook (src/xlsx/decryptBytes.ts, pure JS so that the browser runs it
 * too), against Node's native SHA-512 spun the same 100,000 times (the sheet-protection hash):
 * agile encryption is that spin plus the AES, so the ratio shows what the pure-JS hash costs.
 */
const FORMATS = join(__dirname, "..", "..", "test", "fixtures", "formats");
/** The fixtures' open password (scripts/gen-format-fixtures.ts). */
const PASSWORD = "质标2021";

export const section: BenchSection = {
  name: "decrypt",
  run() {
    const agile = readFileSync(join(FORMATS, "encrypted-agile.xlsx"));
    const standard = readFileSync(join(FORMATS, "encrypted-standard.xlsx"));
    const [native, a, s] = measureTogether<unknown>(
      [() => sheetPassword(PASSWORD), () => decryptWorkbookBytes(agile, PASSWORD), () => decryptWorkbookBytes(standard, PASSWORD)],
      { warmup: 1, runs: 3 },
    );
    return {
      kind: "measured",
      lines: [
        { metric: "Node's native SHA-512 × 100,000 (baseline)", value: `${native!.medianMs.toFixed(0)} ms` },
        {
          metric: "agile-encrypted form opened (SHA-512 × 100,000 in pure JS, AES-CBC)",
          value: `${a!.medianMs.toFixed(0)} ms = ${(a!.medianMs / native!.medianMs).toFixed(1)}× baseline`,
        },
        {
          metric: "standard-encrypted form opened (SHA-1 × 50,000, AES-ECB)",
          value: `${s!.medianMs.toFixed(0)} ms = ${(s!.medianMs / native!.medianMs).toFixed(1)}× baseline`,
        },
      ],
    };
  },
};
