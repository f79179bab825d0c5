import { cbc, gcm } from "@noble/ciphers/aes";
import { argon2idAsync } from "@noble/hashes/argon2";
import { sha1 } from "@noble/hashes/legacy";
import { pbkdf2 } from "@noble/hashes/pbkdf2";
import { sha256 } from "@noble/hashes/sha2";
import { badEncryption, equalBytes, wrongPassword } from "../encryption/bytes";
import { Unreadable } from "../unreadable";
import { inflateRawExactly } from "./inflate";
import type { EncryptedEntry } from "./manifest";

/** AES-CBC by key length, the ciphers ODF 1.2 names (§4.8.3); LibreOffice 3.4 to 7.x write AES-256. */
const AES_CBC: Record<string, number> = {
  "http://www.w3.org/2001/04/xmlenc#aes256-cbc": 32,
  "http://www.w3.org/2001/04/xmlenc#aes192-cbc": 24,
  "http://www.w3.org/2001/04/xmlenc#aes128-cbc": 16,
};
/** AES-GCM by key length (XML Encryption 1.1's names); LibreOffice 24.2 and later write AES-256. */
const AES_GCM: Record<string, number> = {
  "http://www.w3.org/2009/xmlenc11#aes256-gcm": 32,
  "http://www.w3.org/2009/xmlenc11#aes192-gcm": 24,
  "http://www.w3.org/2009/xmlenc11#aes128-gcm": 16,
};
const PBKDF2 = new Set(["PBKDF2", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#pbkdf2"]);
/** LibreOffice 24.2's name for Argon2id, in its own extension namespace, as are the parameters (loext:argon2-*). */
const ARGON2ID = "urn:org:documentfoundation:names:experimental:office:manifest:argon2id";
const START_KEY: Record<string, (bytes: Uint8Array) => Uint8Array> = {
  "http://www.w3.org/2000/09/xmldsig#sha256": sha256,
  "http://www.w3.org/2001/04/xmlenc#sha256": sha256,
  SHA1: sha1,
  "http://www.w3.org/2000/09/xmldsig#sha1": sha1,
};
const CHECKSUM: Record<string, (bytes: Uint8Array) => Uint8Array> = {
  "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k": sha256,
  "SHA256/1K": sha256,
  "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha1-1k": sha1,
  "SHA1/1K": sha1,
};
/** What other schemes are called in a message (the manifest's URIs mean nothing to a clerk). */
const SCHEME_NAMES: readonly [RegExp, string][] = [[/blowfish/i, "Blowfish CFB (OpenOffice.org 3.3 and earlier)"]];
/** LibreOffice spins 100,000 times; far more would hold a reviewer up for minutes on a hostile file. */
const MAX_PBKDF2_ITERATIONS = 1_000_000;
/**
 * Argon2id's cost, bounded at twice what LibreOffice asks (64 MiB, 3 passes, 4 lanes): the memory
 * is allocated whole and every pass walks all of it, so a file claiming gigabytes or thousands of
 * passes is refused before anything is allocated.
 */
export const ARGON2_CAPS = { memoryKiB: 128 * 1024, iterations: 6, lanes: 16 } as const;
const GCM_IV_BYTES = 12;
const GCM_TAG_BYTES = 16;

function unsupported(scheme: string): Unreadable {
  const name = SCHEME_NAMES.find(([pattern]) => pattern.test(scheme))?.[1] ?? scheme;
  return new Unreadable(
    "encrypted",
    `这个 .ods 的打开密码使用 ${name} 加密，qbench 无法解密；请在 LibreOffice 中取消密码，或另存为 .xlsx（可设密码）后重新报送`,
    `this .ods is encrypted with ${name}, which qbench cannot decrypt; remove its password in LibreOffice, or save it as .xlsx (a password may stay) and send it again`,
  );
}

type Argon2Cost = NonNullable<EncryptedEntry["argon2"]>;

const memory = (kib: number) => (kib % 1024 === 0 ? `${kib / 1024} MiB` : `${kib} KiB`);

function argon2TooCostly(argon2: Argon2Cost): Unreadable {
  const { memoryKiB, iterations, lanes } = ARGON2_CAPS;
  return new Unreadable(
    "too-large",
    `这个 .ods 的密码要求的 Argon2id 密钥派生（内存 ${memory(argon2.m)}、${argon2.t} 轮、${argon2.p} 路并行）超过 qbench 的上限（内存至多 ${memory(memoryKiB)}、至多 ${iterations} 轮、至多 ${lanes} 路；LibreOffice 使用 64 MiB、3 轮、4 路），已拒绝读取`,
    `this .ods asks for an Argon2id key derivation (${memory(argon2.m)} of memory, ${argon2.t} passes, ${argon2.p} lanes) beyond qbench's caps (at most ${memory(memoryKiB)}, ${iterations} passes, ${lanes} lanes; LibreOffice uses 64 MiB, 3 passes, 4 lanes); it was not read`,
  );
}

function base64(text: string, what: string): Uint8Array {
  try {
    return Uint8Array.from(atob(text.replace(/\s+/g, "")), (c) => c.charCodeAt(0));
  } catch {
    throw badEncryption(`manifest ${what} is not base64`);
  }
}

/** How the key is derived from the start key (the password's digest) and the entry's salt. */
type Derive = (startKey: Uint8Array, salt: Uint8Array) => Promise<Uint8Array>;
/** The encrypted bytes decrypted with the key, to the deflate stream they hold; a wrong key is a wrong password. */
type Open = (key: Uint8Array, encrypted: Uint8Array) => Uint8Array;

function derivationOf(entry: EncryptedEntry): Derive {
  const dkLen = entry.keySize;
  if (PBKDF2.has(entry.keyDerivation)) {
    const c = entry.iterations ?? 0;
    if (c < 1 || c > MAX_PBKDF2_ITERATIONS) throw badEncryption(`iteration-count ${c}`);
    return async (startKey, salt) => pbkdf2(sha1, startKey, salt, { c, dkLen });
  }
  if (entry.keyDerivation !== ARGON2ID) throw unsupported(entry.keyDerivation);
  const cost = entry.argon2;
  if (cost === undefined) throw badEncryption("Argon2id without its iterations, memory and lanes");
  const { t, m, p } = cost;
  if (m > ARGON2_CAPS.memoryKiB || t > ARGON2_CAPS.iterations || p > ARGON2_CAPS.lanes) throw argon2TooCostly(cost);
  if (t < 1 || p < 1 || m < 8 * p) throw badEncryption(`Argon2id ${m} KiB, ${t} passes, ${p} lanes`);
  return async (startKey, salt) => {
    if (salt.length < 8) throw badEncryption(`Argon2id salt of ${salt.length} bytes`);
    return argon2idAsync(startKey, salt, { t, m, p, dkLen, maxmem: ARGON2_CAPS.memoryKiB * 1024 });
  };
}

/** AES-CBC, W3C padding, and a digest of the first kilobyte that tells a wrong password (ODF 1.2 §4.8). */
function cbcOpener(entry: EncryptedEntry): Open {
  const checksum = entry.checksumType === undefined ? undefined : CHECKSUM[entry.checksumType];
  if (checksum === undefined || entry.checksum === undefined) throw badEncryption(`checksum ${entry.checksumType ?? "missing"}`);
  const expected = base64(entry.checksum, "checksum");
  const iv = base64(entry.iv, "initialisation-vector");
  return (key, encrypted) => {
    if (iv.length !== 16 || encrypted.length === 0 || encrypted.length % 16 !== 0) {
      throw badEncryption(`${entry.path} is not whole AES blocks`);
    }
    const decrypted = cbc(key, iv, { disablePadding: true }).decrypt(encrypted);
    if (!equalBytes(checksum(decrypted.subarray(0, 1024)), expected)) throw wrongPassword();
    // The last byte counts the padding bytes (1 to a block).
    const padding = decrypted[decrypted.length - 1]!;
    if (padding < 1 || padding > 16) throw badEncryption(`${entry.path} has bad padding`);
    return decrypted.subarray(0, decrypted.length - padding);
  };
}

/** AES-GCM as XML Encryption 1.1 stores it: the 12-byte IV, the ciphertext, the 16-byte tag that tells a wrong password. */
function gcmOpener(entry: EncryptedEntry): Open {
  const iv = base64(entry.iv, "initialisation-vector");
  if (iv.length !== GCM_IV_BYTES) throw badEncryption(`AES-GCM initialisation-vector of ${iv.length} bytes`);
  return (key, encrypted) => {
    if (encrypted.length < GCM_IV_BYTES + GCM_TAG_BYTES || !equalBytes(encrypted.subarray(0, GCM_IV_BYTES), iv)) {
      throw badEncryption(`${entry.path} does not start with its initialisation vector`);
    }
    try {
      return gcm(key, iv).decrypt(encrypted.subarray(GCM_IV_BYTES));
    } catch {
      throw wrongPassword();
    }
  };
}

/** The entry's scheme, checked before any key is derived: what LibreOffice 3.4 and later write. */
export function schemeOf(entry: EncryptedEntry): { derive: Derive; open: Open; startKey: (b: Uint8Array) => Uint8Array } {
  const cbcKey = AES_CBC[entry.algorithm];
  const gcmKey = AES_GCM[entry.algorithm];
  const keySize = cbcKey ?? gcmKey;
  if (keySize === undefined) throw unsupported(entry.algorithm);
  const startKey = START_KEY[entry.startKey];
  if (startKey === undefined) throw unsupported(entry.startKey);
  if (entry.keySize !== keySize) throw badEncryption(`key-size ${entry.keySize} for ${entry.algorithm}`);
  const derive = derivationOf(entry);
  return { derive, startKey, open: cbcKey === undefined ? gcmOpener(entry) : cbcOpener(entry) };
}

/**
 * One entry decrypted and inflated: the key is derived (PBKDF2-HMAC-SHA1 or Argon2id) from the
 * password's start key (its SHA-256 or SHA-1, in UTF-8) and the entry's salt; the cipher tells a
 * wrong password (CBC by its checksum, GCM by its tag) before anything is inflated, and the
 * inflated entry stops at the size its manifest states. Nothing thrown here carries the password.
 */
export async function decryptEntry(entry: EncryptedEntry, encrypted: Uint8Array, password: string): Promise<Uint8Array> {
  const { derive, open, startKey } = schemeOf(entry);
  const key = await derive(startKey(new TextEncoder().encode(password)), base64(entry.salt, "salt"));
  return inflateRawExactly(open(key, encrypted), entry.size, entry.path);
}
