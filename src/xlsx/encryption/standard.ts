import { ecb } from "@noble/ciphers/aes";
import { sha1 } from "@noble/hashes/legacy";
import { badEncryption, concat, equalBytes, packageOf, uint32le, utf16le, wrongPassword } from "./bytes";

/** ECMA-376 standard encryption (MS-OFFCRYPTO §2.3.4.5–§2.3.4.9), what Excel 2007 writes: AES-ECB, SHA-1. */

const SPIN_COUNT = 50_000;
const AES_ALG_IDS = new Set([0x660e, 0x660f, 0x6610]);
const SHA1_ALG_IDS = new Set([0, 0x8004]);

/** The AES key from the password: SHA-1 spun 50,000 times, then widened the CryptoAPI way (§2.3.4.7). */
function deriveKey(salt: Uint8Array, password: string, keyBytes: number): Uint8Array {
  let h = sha1(concat(salt, utf16le(password)));
  for (let i = 0; i < SPIN_COUNT; i++) h = sha1(concat(uint32le(i), h));
  const final = sha1(concat(h, uint32le(0)));
  const widen = (pad: number) => sha1(new Uint8Array(64).map((_, i) => pad ^ (final[i] ?? 0)));
  return concat(widen(0x36), widen(0x5c)).subarray(0, keyBytes);
}

function decryptEcb(key: Uint8Array, data: Uint8Array): Uint8Array {
  if (data.length % 16 !== 0) throw badEncryption("ciphertext is not whole AES blocks");
  return ecb(key, { disablePadding: true }).decrypt(data);
}

/** EncryptionInfo: version, flags, header size, the EncryptionHeader, then the EncryptionVerifier (§2.3.4.5). */
export function decryptStandard(info: Uint8Array, stream: Uint8Array, password: string): Uint8Array {
  const view = new DataView(info.buffer, info.byteOffset, info.byteLength);
  const field = (at: number) => {
    if (at + 4 > info.length) throw badEncryption("EncryptionInfo is truncated");
    return view.getUint32(at, true);
  };
  const header = 12;
  const algId = field(header + 8);
  const keyBits = field(header + 16);
  if (!AES_ALG_IDS.has(algId) || !SHA1_ALG_IDS.has(field(header + 12)) || ![128, 192, 256].includes(keyBits)) {
    throw badEncryption(`algorithm 0x${algId.toString(16)} with ${keyBits}-bit keys`);
  }
  const verifier = header + field(8);
  const saltSize = field(verifier);
  if (saltSize !== 16 || field(verifier + 36) !== 20 || verifier + 72 > info.length) throw badEncryption("EncryptionVerifier");
  const salt = info.subarray(verifier + 4, verifier + 20);
  const key = deriveKey(salt, password, keyBits / 8);
  const expected = decryptEcb(key, info.subarray(verifier + 40, verifier + 72)).subarray(0, 20);
  if (!equalBytes(sha1(decryptEcb(key, info.subarray(verifier + 20, verifier + 36))), expected)) throw wrongPassword();
  return packageOf(decryptEcb(key, stream.subarray(8)), stream);
}
