import { readFile } from "node:fs/promises";
import { decryptWorkbookFile } from "./decrypt";
import { plainLegacyBytes } from "./decryptXls";
import { plainOdsBytes } from "./odf/encryptedOds";
import { sniffFile } from "./sniff";
import { needsPassword } from "./unreadable";

/** A workbook file's bytes as its package or legacy reader takes them, and whether they had to be decrypted. */
export interface PlainWorkbook {
  readonly bytes: Uint8Array;
  /** It has an open password: what is written from it must be encrypted again (encryptWorkbook.ts). */
  readonly encrypted: boolean;
}

/**
 * The bytes `seal` and `unseal` edit: an encrypted .xlsx decrypted to its package, an encrypted .xls
 * to its plain BIFF, an encrypted .ods to a plain one, with the open password; any other file as it
 * is on disk.
 */
export async function readPlainWorkbook(path: string, password: string | undefined): Promise<PlainWorkbook> {
  const kind = await sniffFile(path);
  if (kind === "encrypted") {
    if (password === undefined) throw needsPassword();
    return { bytes: await decryptWorkbookFile(path, password), encrypted: true };
  }
  const bytes = await readFile(path);
  if (kind !== "xls" && kind !== "ooxml") return { bytes, encrypted: false };
  const plain = kind === "ooxml" ? await plainOdsBytes(bytes, password) : await plainLegacyBytes(bytes, kind, password);
  return { bytes: plain, encrypted: plain !== bytes };
}
