import { cbc } from "@noble/ciphers/aes";
import { sha1 } from "@noble/hashes/legacy";
import { pbkdf2 } from "@noble/hashes/pbkdf2";
import { sha256 } from "@noble/hashes/sha2";
import JSZip from "jszip";
import { encryptedTooLarge, MAX_ENCRYPTED_BYTES } from "../decryptBytes";
import { badEncryption, equalBytes, wrongPassword } from "../encryption/bytes";
import { MAX_LEGACY_BYTES } from "../legacy";
import { Unreadable } from "../unreadable";
import { MANIFEST } from "./encryptedOds";
import { inflateRawExactly } from "./inflate";
import { encryptedEntriesOf, type EncryptedEntry } from "./manifest";
import { entryBytes } from "../zipBytes";

/** The parts SheetJS reads from an .ods (its parse_ods); LibreOffice encrypts each on its own key. */
const READ_PARTS = ["content.xml", "styles.xml", "meta.xml"] as const;

/** AES-CBC by key length, the ciphers ODF 1.2 names (§4.8.3); LibreOffice 3.4 and later write AES-256. */
const AES_CBC: Record<string, number> = {
  "http://www.w3.org/2001/04/xmlenc#aes256-cbc": 32,
  "http://www.w3.org/2001/04/xmlenc#aes192-cbc": 24,
  "http://www.w3.org/2001/04/xmlenc#aes128-cbc": 16,
};
const PBKDF2 = new Set(["PBKDF2", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#pbkdf2"]);
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
const SCHEME_NAMES: readonly [RegExp, string][] = [
  [/blowfish/i, "Blowfish CFB (OpenOffice.org 3.3 and earlier)"],
  [/gcm/i, "AES-GCM (LibreOffice 24.2 and later)"],
  [/argon2/i, "Argon2id (LibreOffice 24.2 and later)"],
];
/** LibreOffice spins 100,000 times; far more would hold a reviewer up for minutes on a hostile file. */
const MAX_PBKDF2_ITERATIONS = 1_000_000;

function unsupported(scheme: string): Unreadable {
  const name = SCHEME_NAMES.find(([pattern]) => pattern.test(scheme))?.[1] ?? scheme;
  return new Unreadable(
    "encrypted",
    `这个 .ods 的打开密码使用 ${name} 加密，qbench 无法解密；请在 LibreOffice 中取消密码，或另存为 .xlsx（可设密码）后重新报送`,
    `this .ods is encrypted with ${name}, which qbench cannot decrypt; remove its password in LibreOffice, or save it as .xlsx (a password may stay) and send it again`,
  );
}

function base64(text: string, what: string): Uint8Array {
  try {
    return Uint8Array.from(atob(text.replace(/\s+/g, "")), (c) => c.charCodeAt(0));
  } catch {
    throw badEncryption(`manifest ${what} is not base64`);
  }
}

/** The entry's scheme, checked before any key is derived: only what LibreOffice 3.4 to 7.x writes. */
function cipherOf(entry: EncryptedEntry): {
  keySize: number;
  startKey: (b: Uint8Array) => Uint8Array;
  checksum: (b: Uint8Array) => Uint8Array;
} {
  const keySize = AES_CBC[entry.algorithm];
  if (keySize === undefined) throw unsupported(entry.algorithm);
  if (!PBKDF2.has(entry.keyDerivation)) throw unsupported(entry.keyDerivation);
  const startKey = START_KEY[entry.startKey];
  if (startKey === undefined) throw unsupported(entry.startKey);
  const checksum = entry.checksumType === undefined ? undefined : CHECKSUM[entry.checksumType];
  if (checksum === undefined || entry.checksum === undefined) throw badEncryption(`checksum ${entry.checksumType ?? "missing"}`);
  if (entry.keySize !== keySize) throw badEncryption(`key-size ${entry.keySize} for ${entry.algorithm}`);
  const iterations = entry.iterations ?? 0;
  if (iterations < 1 || iterations > MAX_PBKDF2_ITERATIONS) throw badEncryption(`iteration-count ${iterations}`);
  return { keySize, startKey, checksum };
}

const ODS_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

/** The plain package's manifest (SheetJS tells an .ods by it): its parts, with no encryption-data. */
function plainManifest(parts: readonly string[]): string {
  const entry = (path: string, type: string) => ` <manifest:file-entry manifest:full-path="${path}" manifest:media-type="${type}"/>\n`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">\n` +
    entry("/", ODS_TYPE) +
    parts.map((p) => entry(p, "text/xml")).join("") +
    `</manifest:manifest>\n`
  );
}

/**
 * One entry decrypted and inflated: the key is PBKDF2-HMAC-SHA1 of the password's start key (its
 * SHA-256 in UTF-8) over the entry's salt, the cipher AES-CBC, and the checksum — a digest of the
 * first kilobyte of the decrypted bytes — tells a wrong password before anything is inflated.
 */
function decryptEntry(entry: EncryptedEntry, encrypted: Uint8Array, password: string): Uint8Array {
  const { keySize, startKey, checksum } = cipherOf(entry);
  const iv = base64(entry.iv, "initialisation-vector");
  if (iv.length !== 16 || encrypted.length === 0 || encrypted.length % 16 !== 0) {
    throw badEncryption(`${entry.path} is not whole AES blocks`);
  }
  const key = pbkdf2(sha1, startKey(new TextEncoder().encode(password)), base64(entry.salt, "salt"), {
    c: entry.iterations ?? 0,
    dkLen: keySize,
  });
  const decrypted = cbc(key, iv, { disablePadding: true }).decrypt(encrypted);
  if (!equalBytes(checksum(decrypted.subarray(0, 1024)), base64(entry.checksum ?? "", "checksum"))) throw wrongPassword();
  // W3C XML Encryption padding: the last byte counts the padding bytes (1 to a block).
  const padding = decrypted[decrypted.length - 1]!;
  if (padding < 1 || padding > 16) throw badEncryption(`${entry.path} has bad padding`);
  return inflateRawExactly(decrypted.subarray(0, decrypted.length - padding), entry.size, entry.path);
}

/**
 * A LibreOffice-encrypted .ods (per-entry encryption, ODF 1.2 part 3 §4.8) as a plain .ods of the
 * parts SheetJS reads, in memory. Sizes are checked before anything is decrypted (the file, then
 * the sizes the manifest states against the legacy reader's bound) and while inflating (each entry
 * stops at its stated size). The password is used here and goes nowhere else: no message built or
 * thrown here carries it.
 */
export async function decryptOdsPackage(zip: JSZip, manifest: string, password: string): Promise<Uint8Array> {
  const entries = new Map(encryptedEntriesOf(manifest).map((e) => [e.path, e]));
  // LibreOffice 24.2's AES-GCM encrypts the whole package as one `encrypted-package` entry: refused by its scheme's name.
  for (const entry of entries.values()) cipherOf(entry);
  const parts = READ_PARTS.filter((p) => zip.file(p) !== null);
  if (!parts.includes("content.xml")) throw badEncryption("no content.xml");
  const stated = parts.reduce((n, p) => n + (entries.get(p)?.size ?? 0), 0);
  if (stated > MAX_LEGACY_BYTES) throw encryptedTooLarge();
  const plain = new JSZip();
  plain.file("mimetype", ODS_TYPE);
  for (const part of parts) {
    const raw = await entryBytes(zip.file(part)!, MAX_ENCRYPTED_BYTES, encryptedTooLarge);
    const entry = entries.get(part);
    plain.file(part, entry === undefined ? raw : decryptEntry(entry, raw, password));
  }
  plain.file(MANIFEST, plainManifest(parts));
  return plain.generateAsync({ type: "uint8array", compression: "STORE" });
}
