import { wrongPassword, badEncryption } from "./encryption/bytes";
import { biffEncryptionOf } from "./legacy";
import type { LegacyKind } from "../core/workbook";
import { MAX_ENCRYPTED_BYTES, encryptedTooLarge } from "./decryptBytes";
import { Unreadable } from "./unreadable";

/**
 * officecrypto-tool undoes XOR obfuscation in time quadratic in the file's size (it grows its output
 * one byte at a time): 2 s for a 91 kB file here. Such a file is refused above this size, so that
 * a hostile one cannot hold a batch; a form of a few hundred enterprises is well under it.
 */
const MAX_XOR_BYTES = 128 * 1024;

function xorTooLarge(): Unreadable {
  const kb = MAX_XOR_BYTES / 1024;
  return new Unreadable(
    "too-large",
    `这个 .xls 用旧式 XOR 加密，超过 ${kb} KB 的无法解密；请用 Excel 取消打开密码，或另存为 .xlsx（可设密码）后重新报送`,
    `this .xls is encrypted with the old XOR obfuscation, which qbench decrypts up to ${kb} kB only; remove its open password in Excel, or save it as .xlsx (a password may stay) and send it again`,
  );
}

/**
 * A legacy workbook's bytes as SheetJS reads them: an .xls with an open password (RC4, RC4
 * CryptoAPI or XOR obfuscation of its workbook stream) decrypted with `password` through
 * officecrypto-tool, loaded only when such a file arrives (README, "Encrypted workbooks"); anything
 * else as it is. Node only. The password goes to the library and nowhere else: no message built
 * here or thrown from here carries it.
 */
export async function plainLegacyBytes(bytes: Uint8Array, kind: LegacyKind, password: string | undefined): Promise<Uint8Array> {
  const encryption = password === undefined || kind !== "xls" ? undefined : await biffEncryptionOf(bytes);
  if (password === undefined || encryption === undefined) return bytes;
  if (bytes.byteLength > MAX_ENCRYPTED_BYTES) throw encryptedTooLarge();
  if (encryption === "xor" && bytes.byteLength > MAX_XOR_BYTES) throw xorTooLarge();
  const { decrypt } = await import("officecrypto-tool");
  try {
    return await decrypt(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { password });
  } catch (e) {
    const detail = e instanceof Error ? (e.message.split("\n")[0] ?? "") : String(e);
    if (/password is incorrect/i.test(detail)) throw wrongPassword();
    throw badEncryption(detail);
  }
}
