import { cbc } from "@noble/ciphers/aes";
import { sha1 } from "@noble/hashes/legacy";
import { sha256, sha384, sha512 } from "@noble/hashes/sha2";
import { SaxesParser } from "saxes";
import { badEncryption, concat, equalBytes, fit, packageOf, uint32le, utf16le, wrongPassword } from "./bytes";

/** ECMA-376 agile encryption (MS-OFFCRYPTO §2.3.4.10–§2.3.4.15), what Excel 2010 and later write. */

type Hash = (data: Uint8Array) => Uint8Array;
const HASHES: Readonly<Record<string, Hash>> = { SHA1: sha1, SHA256: sha256, SHA384: sha384, SHA512: sha512 };

/** Excel spins 100,000 times; the spec allows up to 10,000,000, which would take minutes here, so a hostile file is refused. */
const MAX_SPIN_COUNT = 1_000_000;
const SEGMENT_BYTES = 4096;
const PASSWORD_ENCRYPTOR = "http://schemas.microsoft.com/office/2006/keyEncryptor/password";

const BLOCK_KEY = {
  verifierInput: new Uint8Array([0xfe, 0xa7, 0xd2, 0x76, 0x3b, 0x4b, 0x9e, 0x79]),
  verifierValue: new Uint8Array([0xd7, 0xaa, 0x0f, 0x6d, 0x30, 0x61, 0x34, 0x4e]),
  key: new Uint8Array([0x14, 0x6e, 0x0b, 0xe7, 0xab, 0xac, 0xd0, 0xd6]),
};

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
function parseInfo(xml: string): { data: CipherParams; password: PasswordKey } {
  let data: CipherParams | undefined;
  let password: PasswordKey | undefined;
  let encryptorUri: string | undefined;
  const parser = new SaxesParser();
  parser.on("opentag", (tag) => {
    const name = tag.name.slice(tag.name.indexOf(":") + 1);
    const a = tag.attributes as Record<string, string>;
    if (name === "keyData") data = cipherParams(a);
    else if (name === "keyEncryptor") encryptorUri = a.uri;
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
  return { data, password };
}

/** H(salt + password), then H(iterator + H) `spinCount` times (§2.3.4.11): the slow part, by design. */
function spunHash(key: PasswordKey, password: string): Uint8Array {
  let h = key.hash(concat(key.salt, utf16le(password)));
  const input = new Uint8Array(4 + h.length);
  const view = new DataView(input.buffer);
  for (let i = 0; i < key.spinCount; i++) {
    view.setUint32(0, i, true);
    input.set(h, 4);
    h = key.hash(input);
  }
  return h;
}

function decryptCbc(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  if (data.length % 16 !== 0) throw badEncryption("ciphertext is not whole AES blocks");
  return cbc(key, iv, { disablePadding: true }).decrypt(data);
}

/** The package key, once the password is verified against the encrypted verifier (§2.3.4.13). */
function packageKey(key: PasswordKey, password: string): Uint8Array {
  const spun = spunHash(key, password);
  const unlock = (blockKey: Uint8Array, value: Uint8Array) =>
    decryptCbc(fit(key.hash(concat(spun, blockKey)), key.keyBytes), fit(key.salt, key.blockSize), value);
  const verifier = unlock(BLOCK_KEY.verifierInput, key.verifierInput).subarray(0, key.salt.length);
  const expected = unlock(BLOCK_KEY.verifierValue, key.verifierValue).subarray(0, key.hashSize);
  if (!equalBytes(fit(key.hash(verifier), key.hashSize), expected)) throw wrongPassword();
  return unlock(BLOCK_KEY.key, key.keyValue).subarray(0, key.keyBytes);
}

/** The package, decrypted 4096-byte segment by segment, each with its own IV from the key data's salt (§2.3.4.15). */
export function decryptAgile(info: Uint8Array, stream: Uint8Array, password: string): Uint8Array {
  const { data, password: key } = parseInfo(new TextDecoder("utf-8").decode(info.subarray(8)));
  const secret = packageKey(key, password);
  const encrypted = stream.subarray(8);
  const out = new Uint8Array(encrypted.length);
  for (let at = 0, segment = 0; at < encrypted.length; at += SEGMENT_BYTES, segment++) {
    const iv = fit(data.hash(concat(data.salt, uint32le(segment))), data.blockSize);
    out.set(decryptCbc(secret, iv, encrypted.subarray(at, at + SEGMENT_BYTES)), at);
  }
  return packageOf(out, stream);
}
