import { sha1 } from "@noble/hashes/legacy";
import { sha256, sha384, sha512 } from "@noble/hashes/sha2";
import type { CHash } from "@noble/hashes/utils";
import { SaxesParser } from "saxes";
import {
  BLOCK_KEY,
  decryptCbc,
  ivOf,
  packageHmac,
  passwordKeyOf,
  PASSWORD_ENCRYPTOR,
  SEGMENT_BYTES,
  segmentIv,
  spunHash,
} from "./agileKeys";
import { localName } from "../xmlPart";
import { badEncryption, equalBytes, fit, packageOf, wrongPassword } from "./bytes";

/** ECMA-376 agile encryption (MS-OFFCRYPTO §2.3.4.10–§2.3.4.15), what Excel 2010 and later write. */

type Hash = CHash;
const HASHES: Readonly<Record<string, Hash>> = { SHA1: sha1, SHA256: sha256, SHA384: sha384, SHA512: sha512 };

/** Excel spins 100,000 times; the spec allows up to 10,000,000, which would take minutes here, so a hostile file is refused. */
const MAX_SPIN_COUNT = 1_000_000;

/** The cipher and hash of `<keyData>` or of the password's `<encryptedKey>`, checked to be ones this reader decrypts. */
interface CipherParams {
  readonly hash: Hash;
  readonly hashSize: number;
  readonly keyBytes: number;
  readonly blockSize: number;
  readonly salt: Uint8Array;
}

interface PasswordKey extends CipherParams {
  readonly spinCount: number;
  readonly verifierInput: Uint8Array;
  readonly verifierValue: Uint8Array;
  readonly keyValue: Uint8Array;
}

/** `<dataIntegrity>`: the HMAC key and value, each encrypted with the package key (§2.3.4.14). */
interface DataIntegrity {
  readonly hmacKey: Uint8Array;
  readonly hmacValue: Uint8Array;
}

function base64(value: string | undefined, what: string): Uint8Array {
  if (value === undefined) throw badEncryption(`no ${what}`);
  try {
    return Uint8Array.from(atob(value), (c) => c.charCodeAt(0));
  } catch {
    throw badEncryption(`${what} is not base64`);
  }
}

function cipherParams(a: Readonly<Record<string, string>>): CipherParams {
  const hash = HASHES[a.hashAlgorithm ?? ""];
  if (a.cipherAlgorithm !== "AES" || a.cipherChaining !== "ChainingModeCBC" || hash === undefined) {
    throw badEncryption(`${a.cipherAlgorithm ?? "?"} ${a.cipherChaining ?? "?"} ${a.hashAlgorithm ?? "?"}`);
  }
  const keyBits = Number(a.keyBits);
  if (![128, 192, 256].includes(keyBits) || Number(a.blockSize) !== 16) throw badEncryption(`AES with keyBits ${a.keyBits ?? "?"}`);
  const hashSize = hash(new Uint8Array(0)).length;
  if (Number(a.hashSize) !== hashSize) throw badEncryption(`${a.hashAlgorithm ?? "?"} with hashSize ${a.hashSize ?? "?"}`);
  const salt = base64(a.saltValue, "saltValue");
  if (salt.length === 0) throw badEncryption("an empty saltValue");
  return { hash, hashSize, keyBytes: keyBits / 8, blockSize: 16, salt };
}

/** The `<keyData>` and the password key encryptor's `<encryptedKey>` of the EncryptionInfo XML. */
function parseInfo(xml: string): { data: CipherParams; password: PasswordKey; integrity: DataIntegrity | undefined } {
  let data: CipherParams | undefined;
  let password: PasswordKey | undefined;
  let integrity: DataIntegrity | undefined;
  let encryptorUri: string | undefined;
  const parser = new SaxesParser();
  parser.on("opentag", (tag) => {
    const name = localName(tag.name);
    const a = tag.attributes as Record<string, string>;
    if (name === "keyData") data = cipherParams(a);
    else if (name === "dataIntegrity") {
      integrity = {
        hmacKey: base64(a.encryptedHmacKey, "encryptedHmacKey"),
        hmacValue: base64(a.encryptedHmacValue, "encryptedHmacValue"),
      };
    } else if (name === "keyEncryptor") encryptorUri = a.uri;
    else if (name === "encryptedKey" && encryptorUri === PASSWORD_ENCRYPTOR) {
      const spinCount = Number(a.spinCount);
      if (!Number.isInteger(spinCount) || spinCount < 0 || spinCount > MAX_SPIN_COUNT)
        throw badEncryption(`spinCount ${a.spinCount ?? "?"}`);
      password = {
        ...cipherParams(a),
        spinCount,
        verifierInput: base64(a.encryptedVerifierHashInput, "encryptedVerifierHashInput"),
        verifierValue: base64(a.encryptedVerifierHashValue, "encryptedVerifierHashValue"),
        keyValue: base64(a.encryptedKeyValue, "encryptedKeyValue"),
      };
    }
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    throw e instanceof Error && e.name === "Unreadable" ? e : badEncryption("EncryptionInfo is not well-formed XML");
  }
  if (data === undefined || password === undefined) throw badEncryption("no password key encryptor");
  return { data, password, integrity };
}

/** The package key, once the password is verified against the encrypted verifier (§2.3.4.13). */
function packageKey(key: PasswordKey, password: string): Uint8Array {
  const spun = spunHash(key.hash, key.salt, password, key.spinCount);
  const unlock = (blockKey: Uint8Array, value: Uint8Array) =>
    decryptCbc(passwordKeyOf(key.hash, spun, blockKey, key.keyBytes), fit(key.salt, key.blockSize), value);
  const verifier = unlock(BLOCK_KEY.verifierInput, key.verifierInput).subarray(0, key.salt.length);
  const expected = unlock(BLOCK_KEY.verifierValue, key.verifierValue).subarray(0, key.hashSize);
  if (!equalBytes(fit(key.hash(verifier), key.hashSize), expected)) throw wrongPassword();
  return unlock(BLOCK_KEY.key, key.keyValue).subarray(0, key.keyBytes);
}

/**
 * The package's integrity code checked as Excel checks it: a package changed after encryption (a
 * damaged copy, or one tampered with) is refused as damaged rather than read. A writer that leaves
 * `<dataIntegrity>` out gives nothing to check; the package's own structure is then the only test.
 */
function checkIntegrity(data: CipherParams, integrity: DataIntegrity | undefined, secret: Uint8Array, stream: Uint8Array): void {
  if (integrity === undefined) return;
  const unlock = (blockKey: Uint8Array, value: Uint8Array) =>
    decryptCbc(secret, ivOf(data.hash, data.salt, blockKey, data.blockSize), value).subarray(0, data.hashSize);
  const hmacKey = unlock(BLOCK_KEY.hmacKey, integrity.hmacKey);
  const expected = unlock(BLOCK_KEY.hmacValue, integrity.hmacValue);
  if (!equalBytes(packageHmac(data.hash, hmacKey, stream), expected)) {
    throw badEncryption("the encrypted package does not match its integrity code (dataIntegrity HMAC)");
  }
}

/** The package, decrypted 4096-byte segment by segment, each with its own IV from the key data's salt (§2.3.4.15). */
export function decryptAgile(info: Uint8Array, stream: Uint8Array, password: string): Uint8Array {
  const { data, password: key, integrity } = parseInfo(new TextDecoder("utf-8").decode(info.subarray(8)));
  const secret = packageKey(key, password);
  checkIntegrity(data, integrity, secret, stream);
  const encrypted = stream.subarray(8);
  const out = new Uint8Array(encrypted.length);
  for (let at = 0, segment = 0; at < encrypted.length; at += SEGMENT_BYTES, segment++) {
    out.set(decryptCbc(secret, segmentIv(data.hash, data.salt, segment, data.blockSize), encrypted.subarray(at, at + SEGMENT_BYTES)), at);
  }
  return packageOf(out, stream);
}
