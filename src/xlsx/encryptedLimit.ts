import { Unreadable } from "./unreadable";

/**
 * An encrypted workbook (MS-OFFCRYPTO: an OOXML package inside a compound file) is decrypted whole
 * in memory, so the file itself is bounded like the legacy formats; a unit's form is well under a megabyte.
 * Kept apart from decryptBytes.ts so that checking the size loads no compound-file reader or crypto.
 */
export const MAX_ENCRYPTED_BYTES = 64 * 1024 * 1024;

export function encryptedTooLarge(): Unreadable {
  const mb = MAX_ENCRYPTED_BYTES / 1024 / 1024;
  return new Unreadable(
    "too-large",
    `加密的工作簿超过 ${mb} MB，文件过大，已拒绝读取`,
    `the encrypted workbook is larger than ${mb} MB; it is too large to read`,
  );
}
