import { wrongPassword, badEncryption } from "./encryption/bytes";
import { biffEncryptionOf } from "./legacy";
import type { LegacyKind } from "../core/workbook";
import { Unreadable } from "./unreadable";

/**
 * officecrypto-tool decrypts an .xls through a JavaScript array of numbers as large as the workbook
 * stream: a 30 MB RC4 file took 21 s and 950 MB here (a whole `check` 60 s and 1.1 GB), so an
 * encrypted .xls is refused above 8 MB. Its XOR decryption is quadratic besides (it grows its output
 * one byte at a time: 2 s for a 91 kB file), so XOR stops at 128 kB. A form of a few hundred
 * enterprises is well under both.
 */
const MAX_ENCRYPTED_XLS_BYTES = 8 * 1024 * 1024;
const MAX_XOR_BYTES = 128 * 1024;

function tooLargeToDecrypt(scheme: { zh: string; en: string }, size: { zh: string; en: string }): Unreadable {
  return new Unreadable(
    "too-large",
    `这个 .xls 用${scheme.zh}加密，超过 ${size.zh} 的无法解密；请用 Excel 取消打开密码，或另存为 .xlsx（可设密码）后重新报送`,
    `this .xls is encrypted with ${scheme.en}, which qbench decrypts up to ${size.en} only; remove its open password in Excel, or save it as .xlsx (a password may stay) and send it again`,
  );
}

/**
 * A legacy workbook's bytes as SheetJS reads them: an .xls with an open password (RC4, RC4
 * CryptoAPI or XOR obfuscation of its workbook stream) decrypted with `password` through
 * officecrypto-tool, loaded only when such a file arrives (README, "Encrypted workbooks"); anything
 * else as it is. The command line and the browser run this same code: there `buffer` is the npm
 * package and the library's `crypto` is browserCrypto.ts (webpack.officecrypto.js). The password
 * goes to the library and nowhere else: no message built here or thrown from here carries it.
 */
export async function plainLegacyBytes(bytes: Uint8Array, kind: LegacyKind, password: string | undefined): Promise<Uint8Array> {
  const encryption = password === undefined || kind !== "xls" ? undefined : await biffEncryptionOf(bytes);
  if (password === undefined || encryption === undefined) return bytes;
  if (encryption === "xor" && bytes.byteLength > MAX_XOR_BYTES) {
    throw tooLargeToDecrypt({ zh: "旧式 XOR ", en: "the old XOR obfuscation" }, { zh: "128 KB", en: "128 kB" });
  }
  if (bytes.byteLength > MAX_ENCRYPTED_XLS_BYTES) throw tooLargeToDecrypt({ zh: " RC4 ", en: "RC4" }, { zh: "8 MB", en: "8 MB" });
  // `buffer` is Node's own in Node; in the browser, the npm package, fetched with the library.
  const [{ decrypt }, { Buffer }] = await Promise.all([
    import(/* webpackChunkName: "decrypt-xls" */ "officecrypto-tool"),
    import(/* webpackChunkName: "decrypt-xls" */ "buffer"),
  ]);
  try {
    return await decrypt(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { password });
  } catch (e) {
    const detail = e instanceof Error ? (e.message.split("\n")[0] ?? "") : String(e);
    if (/password is incorrect/i.test(detail)) throw wrongPassword();
    throw badEncryption(detail);
  }
}
