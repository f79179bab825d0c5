import { plainLegacyBytes } from "./decryptXls";
import { plainOdsBytes } from "./odf/encryptedOds";
import { sniffBytes } from "./sniffBytes";
import { needsPassword } from "./unreadable";

/** A workbook file's bytes as its package or legacy reader takes them, and whether they had to be decrypted. */
export interface PlainWorkbook {
  readonly bytes: Uint8Array;
  /** It has an open password: what is written from it must be encrypted again (encryptWorkbook.ts). */
  readonly encrypted: boolean;
}

/**
 * The bytes `seal` and `unseal` edit, on the command line and in the web page alike: an encrypted
 * .xlsx decrypted to its package, an encrypted .xls to its plain BIFF, an encrypted .ods to a plain
 * one, with the open password; any other file as it is. The decryptor is a chunk of its own in the
 * page, fetched when the first encrypted file arrives. An empty password is no password.
 */
export async function plainWorkbookBytes(bytes: Uint8Array, password: string | undefined): Promise<PlainWorkbook> {
  const typed = password === "" ? undefined : password;
  const kind = sniffBytes(bytes);
  if (kind === "encrypted") {
    if (typed === undefined) throw needsPassword();
    const { decryptWorkbookBytes } = await import(/* webpackChunkName: "decrypt" */ "./decryptBytes");
    return { bytes: decryptWorkbookBytes(bytes, typed), encrypted: true };
  }
  if (kind !== "xls" && kind !== "ooxml") return { bytes, encrypted: false };
  const plain = kind === "ooxml" ? await plainOdsBytes(bytes, typed) : await plainLegacyBytes(bytes, kind, typed);
  return { bytes: plain, encrypted: plain !== bytes };
}
