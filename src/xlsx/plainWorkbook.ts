import { readFile } from "node:fs/promises";
import { plainWorkbookBytes, type PlainWorkbook } from "./plainBytes";
import { readWorkbookFile } from "./sniff";

export type { PlainWorkbook } from "./plainBytes";

/**
 * A workbook on disk as `plainWorkbookBytes` gives it, read once (sniff.ts), so that an encrypted
 * or legacy file above its size limit is refused before it is read; only a zip too large to hold
 * for reading is read here.
 */
export async function readPlainWorkbook(path: string, password: string | undefined): Promise<PlainWorkbook> {
  const { bytes } = await readWorkbookFile(path);
  return plainWorkbookBytes(bytes ?? (await readFile(path)), password);
}
