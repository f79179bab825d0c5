import { sha512 } from "@noble/hashes/sha2";
import { randomBytes } from "@noble/hashes/utils";
import * as CFB from "cfb";
import {
  BLOCK_KEY,
  encryptCbc,
  ivOf,
  packageHmac,
  passwordKeyOf,
  PASSWORD_ENCRYPTOR,
  SEGMENT_BYTES,
  segmentIv,
  spunHash,
} from "./agileKeys";
import { concat } from "./bytes";

/**
 * ECMA-376 agile encryption as Excel 2010 and later write it (MS-OFFCRYPTO §2.3.4.10–§2.3.4.15):
 * AES-256-CBC, SHA-512 spun 100,000 times, random salts and package key, and the dataIntegrity
 * HMAC without which Excel refuses the file. Pure JS over @noble and cfb, so the web page encrypts a
 * sealed workbook as qbench does (README, "Encrypted workbooks").
 */

const SPIN_COUNT = 100_000;
const KEY_BYTES = 32;
const BLOCK_BYTES = 16;
const SALT_BYTES = 16;
const HASH_BYTES = 64;
/** Version 4.4 (agile), then the reserved flags 0x40 (§2.3.4.10). */
const INFO_PREFIX = new Uint8Array([0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00]);

/** Zeros up to whole AES blocks: agile encryption has no padding of its own. */
function padded(data: Uint8Array): Uint8Array {
  const size = Math.ceil(data.length / BLOCK_BYTES) * BLOCK_BYTES;
  if (size === data.length) return data;
  const out = new Uint8Array(size);
  out.set(data);
  return out;
}

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** The EncryptedPackage stream: the package's size (8 bytes), then its 4096-byte segments, each under its own IV. */
function encryptedPackage(pkg: Uint8Array, key: Uint8Array, salt: Uint8Array): Uint8Array {
  const out = new Uint8Array(8 + Math.ceil(pkg.length / BLOCK_BYTES) * BLOCK_BYTES);
  new DataView(out.buffer).setBigUint64(0, BigInt(pkg.length), true);
  for (let at = 0, segment = 0; at < pkg.length; at += SEGMENT_BYTES, segment++) {
    const iv = segmentIv(sha512, salt, segment, BLOCK_BYTES);
    out.set(encryptCbc(key, iv, padded(pkg.subarray(at, at + SEGMENT_BYTES))), 8 + at);
  }
  return out;
}

const CIPHER = `blockSize="${BLOCK_BYTES}" keyBits="${KEY_BYTES * 8}" hashSize="${HASH_BYTES}" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"`;

function encryptionInfo(values: {
  dataSalt: Uint8Array;
  hmacKey: Uint8Array;
  hmacValue: Uint8Array;
  keySalt: Uint8Array;
  verifierInput: Uint8Array;
  verifierValue: Uint8Array;
  keyValue: Uint8Array;
}): Uint8Array {
  const xml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n` +
    `<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" xmlns:p="${PASSWORD_ENCRYPTOR}" ` +
    `xmlns:c="http://schemas.microsoft.com/office/2006/keyEncryptor/certificate">` +
    `<keyData saltSize="${SALT_BYTES}" ${CIPHER} saltValue="${base64(values.dataSalt)}"/>` +
    `<dataIntegrity encryptedHmacKey="${base64(values.hmacKey)}" encryptedHmacValue="${base64(values.hmacValue)}"/>` +
    `<keyEncryptors><keyEncryptor uri="${PASSWORD_ENCRYPTOR}">` +
    `<p:encryptedKey spinCount="${SPIN_COUNT}" saltSize="${SALT_BYTES}" ${CIPHER} saltValue="${base64(values.keySalt)}" ` +
    `encryptedVerifierHashInput="${base64(values.verifierInput)}" encryptedVerifierHashValue="${base64(values.verifierValue)}" ` +
    `encryptedKeyValue="${base64(values.keyValue)}"/>` +
    `</keyEncryptor></keyEncryptors></encryption>`;
  return concat(INFO_PREFIX, new TextEncoder().encode(xml));
}

/**
 * A compound file of the two streams Excel reads. SheetJS's writer always adds its own 4-byte marker
 * stream (\u0001Sh33tJ5) beside them, as in officecrypto-tool's and xlsx-populate's encrypted files;
 * readers ignore streams they do not know.
 */
function compoundFile(info: Uint8Array, stream: Uint8Array): Uint8Array {
  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, "EncryptionInfo", info);
  CFB.utils.cfb_add(container, "EncryptedPackage", stream);
  const written = CFB.write(container, { type: "array" }) as ArrayLike<number>;
  return written instanceof Uint8Array ? written : Uint8Array.from(written);
}

/** The package encrypted under `password`, as a compound file Excel, LibreOffice and qbench open with it. The password goes nowhere else. */
export function encryptAgile(pkg: Uint8Array, password: string): Uint8Array {
  const packageKey = randomBytes(KEY_BYTES);
  const dataSalt = randomBytes(SALT_BYTES);
  const keySalt = randomBytes(SALT_BYTES);
  const stream = encryptedPackage(pkg, packageKey, dataSalt);

  // Excel uses an HMAC key as long as the hash, not as the salt (xlsx-populate's finding, which it opens).
  const hmacKey = randomBytes(HASH_BYTES);
  const integrityOf = (blockKey: Uint8Array, value: Uint8Array) =>
    encryptCbc(packageKey, ivOf(sha512, dataSalt, blockKey, BLOCK_BYTES), padded(value));

  const spun = spunHash(sha512, keySalt, password, SPIN_COUNT);
  const lock = (blockKey: Uint8Array, value: Uint8Array) =>
    encryptCbc(passwordKeyOf(sha512, spun, blockKey, KEY_BYTES), keySalt, padded(value));
  const verifier = randomBytes(SALT_BYTES);

  const info = encryptionInfo({
    dataSalt,
    hmacKey: integrityOf(BLOCK_KEY.hmacKey, hmacKey),
    hmacValue: integrityOf(BLOCK_KEY.hmacValue, packageHmac(sha512, hmacKey, stream)),
    keySalt,
    verifierInput: lock(BLOCK_KEY.verifierInput, verifier),
    verifierValue: lock(BLOCK_KEY.verifierValue, sha512(verifier)),
    keyValue: lock(BLOCK_KEY.key, packageKey),
  });
  return compoundFile(info, stream);
}
