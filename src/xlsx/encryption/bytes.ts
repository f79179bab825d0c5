import { Unreadable } from "../unreadable";

/** Byte helpers for MS-OFFCRYPTO's structures, which are little-endian throughout. */

export function concat(...parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function uint32le(n: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n, true);
  return out;
}

/** A password as the key derivation hashes it: UTF-16LE, no terminator (MS-OFFCRYPTO §2.3.4.7). */
export function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), true);
  return out;
}

/** `bytes` cut to `length`, or padded with 0x36 up to it, as both key derivations do (§2.3.4.11, §2.3.4.7). */
export function fit(bytes: Uint8Array, length: number): Uint8Array {
  if (bytes.length >= length) return bytes.subarray(0, length);
  const out = new Uint8Array(length).fill(0x36);
  out.set(bytes);
  return out;
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** An encrypted workbook whose structures do not add up, or that uses an encryption qbench does not open. */
export function badEncryption(detail: string): Unreadable {
  return new Unreadable(
    "corrupt",
    `加密的工作簿已损坏或使用了不支持的加密方式（${detail}）`,
    `the encrypted workbook is damaged or uses an encryption qbench cannot open (${detail})`,
  );
}

export function wrongPassword(): Unreadable {
  return new Unreadable(
    "encrypted",
    "密码不正确，无法打开这个加密的工作簿",
    "the password is wrong: this encrypted workbook does not open with it",
  );
}

/** The decrypted package: the EncryptedPackage stream's first 8 bytes give its size (§2.3.4.4), at most what was decrypted. */
export function packageOf(decrypted: Uint8Array, stream: Uint8Array): Uint8Array {
  const size = new DataView(stream.buffer, stream.byteOffset, 8).getBigUint64(0, true);
  if (size > BigInt(decrypted.length)) throw badEncryption("EncryptedPackage is shorter than its stated size");
  return decrypted.subarray(0, Number(size));
}
