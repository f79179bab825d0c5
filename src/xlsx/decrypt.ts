import { readFile, stat } from "node:fs/promises";
import { Unreadable } from "./unreadable";

/**
 * An encrypted workbook (MS-OFFCRYPTO: an OOXML package inside a compound file, ECMA-376 agile or
 * standard encryption) is decrypted whole in memory, so the file itself is bounded like the
 * legacy formats; a unit's form is well under a megabyte.
 */
const MAX_ENCRYPTED_BYTES = 64 * 1024 * 1024;

function wrongPassword(): Unreadable {
  return new Unreadable(
    "encrypted",
    "密码不正确，无法打开这个加密的工作簿",
    "the password is wrong: this encrypted workbook does not open with it",
  );
}

function tooLarge(): Unreadable {
  const mb = MAX_ENCRYPTED_BYTES / 1024 / 1024;
  return new Unreadable(
    "too-large",
    `加密的工作簿超过 ${mb} MB，文件过大，已拒绝读取`,
    `the encrypted workbook is larger than ${mb} MB; it is too large to read`,
  );
}

/**
 * An encrypted workbook's bytes decrypted, through officecrypto-tool (loaded only when an encrypted
 * file arrives; see the README for why that library): an OOXML package out of ECMA-376 agile or
 * standard encryption, or a plain BIFF8 workbook out of an .xls's RC4, RC4 CryptoAPI or XOR
 * obfuscation. The password is handed to it and to nothing else: no message built here or thrown
 * from here carries it.
 */
export async function decryptWorkbookBytes(bytes: Uint8Array, password: string): Promise<Buffer> {
  if (bytes.byteLength > MAX_ENCRYPTED_BYTES) throw tooLarge();
  const { decrypt } = await import("officecrypto-tool");
  try {
    return await decrypt(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { password });
  } catch (e) {
    const detail = e instanceof Error ? (e.message.split("\n")[0] ?? "") : String(e);
    if (/password is incorrect/i.test(detail)) throw wrongPassword();
    throw new Unreadable(
      "corrupt",
      `加密的工作簿已损坏或使用了不支持的加密方式（${detail}）`,
      `the encrypted workbook is damaged or uses an encryption qbench cannot open (${detail})`,
    );
  }
}

/** The decrypted package of an encrypted workbook on disk, its size checked before it is read. */
export async function decryptWorkbookFile(path: string, password: string): Promise<Buffer> {
  if ((await stat(path)).size > MAX_ENCRYPTED_BYTES) throw tooLarge();
  return decryptWorkbookBytes(await readFile(path), password);
}
