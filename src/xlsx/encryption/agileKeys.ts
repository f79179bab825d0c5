import { cbc } from "@noble/ciphers/aes";
import { hmac } from "@noble/hashes/hmac";
import type { CHash } from "@noble/hashes/utils";
import { badEncryption, concat, fit, uint32le, utf16le } from "./bytes";

/**
 * The key derivation and the integrity code of ECMA-376 agile encryption (MS-OFFCRYPTO §2.3.4.11–
 * §2.3.4.15), shared by the decryptor (agile.ts) and the encryptor (encryptAgile.ts), so that what
 * one writes the other reads by construction and by test.
 */

export const SEGMENT_BYTES = 4096;
export const PASSWORD_ENCRYPTOR = "http://schemas.microsoft.com/office/2006/keyEncryptor/password";

/** The block keys that make one spun password hash into the keys of its three encrypted values, and the IVs of the integrity code's two. */
export const BLOCK_KEY = {
  verifierInput: new Uint8Array([0xfe, 0xa7, 0xd2, 0x76, 0x3b, 0x4b, 0x9e, 0x79]),
  verifierValue: new Uint8Array([0xd7, 0xaa, 0x0f, 0x6d, 0x30, 0x61, 0x34, 0x4e]),
  key: new Uint8Array([0x14, 0x6e, 0x0b, 0xe7, 0xab, 0xac, 0xd0, 0xd6]),
  hmacKey: new Uint8Array([0x5f, 0xb2, 0xad, 0x01, 0x0c, 0xb9, 0xe1, 0xf6]),
  hmacValue: new Uint8Array([0xa0, 0x67, 0x7f, 0x02, 0xb2, 0x2c, 0x84, 0x33]),
};

/** H(salt + password), then H(iterator + H) `spinCount` times (§2.3.4.11): the slow part, by design. */
export function spunHash(hash: CHash, salt: Uint8Array, password: string, spinCount: number): Uint8Array {
  let h = hash(concat(salt, utf16le(password)));
  const input = new Uint8Array(4 + h.length);
  const view = new DataView(input.buffer);
  for (let i = 0; i < spinCount; i++) {
    view.setUint32(0, i, true);
    input.set(h, 4);
    h = hash(input);
  }
  return h;
}

/** The key of one of the password's encrypted values: H(spun + blockKey), cut or padded to the key's size. */
export function passwordKeyOf(hash: CHash, spun: Uint8Array, blockKey: Uint8Array, keyBytes: number): Uint8Array {
  return fit(hash(concat(spun, blockKey)), keyBytes);
}

/** An IV from the key data's salt: of a package segment (its index) or of an integrity value (its block key). */
export function ivOf(hash: CHash, salt: Uint8Array, suffix: Uint8Array, blockSize: number): Uint8Array {
  return fit(hash(concat(salt, suffix)), blockSize);
}

export function segmentIv(hash: CHash, salt: Uint8Array, segment: number, blockSize: number): Uint8Array {
  return ivOf(hash, salt, uint32le(segment), blockSize);
}

/** AES-CBC with no padding: every value and segment is whole blocks (the encryptor pads them with zeros). */
export function encryptCbc(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  return cbc(key, iv, { disablePadding: true }).encrypt(data);
}

export function decryptCbc(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  if (data.length % 16 !== 0) throw badEncryption("ciphertext is not whole AES blocks");
  return cbc(key, iv, { disablePadding: true }).decrypt(data);
}

/** The integrity code Excel checks before it opens an agile file (§2.3.4.14): HMAC over the whole EncryptedPackage stream. */
export function packageHmac(hash: CHash, hmacKey: Uint8Array, encryptedPackageStream: Uint8Array): Uint8Array {
  return hmac(hash, hmacKey, encryptedPackageStream);
}
