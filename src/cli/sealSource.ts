import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { legacyAsXlsx } from "../xlsx/legacy";
import { readPlainWorkbook } from "../xlsx/plainWorkbook";
import type { LegacyKind } from "../core/workbook";
import type { LoadedFile } from "../core/analysis";
import { loadFile } from "./loadFile";

/** The package `qbench seal` edits, and the workbook as read from that very package. */
export interface SealSource {
  readonly bytes: Uint8Array;
  readonly file: LoadedFile & { readonly kind: "read" };
  /** The file has an open password: the sealed one is encrypted again with it. */
  readonly encrypted: boolean;
}

/**
 * An .xlsx/.xlsm is sealed as it is (an encrypted one as its decrypted package). A legacy workbook
 * (.xls, .et, .ods, .xlsb …) cannot hold the seal's parts, so it is converted to an .xlsx first and
 * read again from the conversion: the seal then covers exactly what the written file holds, and
 * verifies on it.
 */
export async function openSealSource(
  file: LoadedFile & { readonly kind: "read" },
  password: string | undefined,
): Promise<SealSource | (LoadedFile & { readonly kind: "unreadable" })> {
  const { bytes: original, encrypted } = await readPlainWorkbook(file.path, password);
  if (file.format === "ooxml") return { bytes: original, file, encrypted };
  const bytes = await legacyAsXlsx(original, file.format as LegacyKind);
  const dir = await mkdtemp(join(tmpdir(), "qbench-seal-"));
  try {
    const converted = join(dir, "converted.xlsx");
    await writeFile(converted, bytes);
    const again = await loadFile(converted);
    return again.kind === "read" ? { bytes, file: { ...again, path: file.path }, encrypted } : again;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
