import { writeFile } from "node:fs/promises";
import type { SealRecord } from "../core/seal";
import type { WorkbookStore } from "../core/storage";
import { encryptWorkbookBytes } from "./encryptWorkbook";
import { sealPackage } from "./package/sealPackage";
import { sheetPassword } from "./sheetPassword";

export interface SealWrite {
  /** The .xlsx/.xlsm package to seal (for a legacy workbook, its conversion; for an encrypted one, decrypted). */
  readonly bytes: Uint8Array;
  readonly store: WorkbookStore & { readonly seal: SealRecord };
  /** The form's sheet, protected after sealing. */
  readonly sheet: string;
  /** The sheet protection's password (`--sheet-password`). */
  readonly sheetPassword?: string;
  /** The workbook's open password, when it had one: the sealed file is encrypted again with it. */
  readonly openPassword?: string;
}

/**
 * Writes the sealed workbook to `tmpPath` by editing the package (src/xlsx/package/sealPackage.ts):
 * the store with the new seal, the seal's footer and protection on the form sheet, every other
 * part as it was. The caller moves the file into place only once it verifies (src/cli/safeOutput.ts).
 * Protection only prevents slips; the digest proves the content.
 */
export async function writeSealedWorkbook(job: SealWrite, tmpPath: string): Promise<void> {
  const sealed = await sealPackage(job.bytes, {
    sheet: job.sheet,
    store: job.store,
    ...(job.sheetPassword ? { password: sheetPassword(job.sheetPassword) } : {}),
  });
  await writeFile(tmpPath, job.openPassword === undefined ? sealed : await encryptWorkbookBytes(sealed, job.openPassword));
}
