import { readFile } from "node:fs/promises";
import { decryptWorkbookFile } from "./decrypt";
import { plainWorkbookBytes, type PlainWorkbook } from "./plainBytes";
import { sniffFile } from "./sniff";
import { needsPassword } from "./unreadable";

export type { PlainWorkbook } from "./plainBytes";

/**
 * A workbook on disk as `plainWorkbookBytes` gives it; an encrypted one goes to `decryptWorkbookFile`,
 * which checks its size before reading it.
 */
export async function readPlainWorkbook(path: string, password: string | undefined): Promise<PlainWorkbook> {
  if ((await sniffFile(path)) !== "encrypted") return plainWorkbookBytes(await readFile(path), password);
  if (password === undefined || password === "") throw needsPassword();
  return { bytes: await decryptWorkbookFile(path, password), encrypted: true };
}
