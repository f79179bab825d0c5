import JSZip from "jszip";
import { encryptedTooLarge, MAX_ENCRYPTED_BYTES } from "../decryptBytes";
import { badEncryption } from "../encryption/bytes";
import { MAX_LEGACY_BYTES } from "../legacyLimit";
import { hasEncryptionData, MANIFEST, manifestTooLarge, MAX_MANIFEST_BYTES } from "./encryptedOds";
import { decryptEntry, schemeOf } from "./decryptEntry";
import { encryptedEntriesOf, type EncryptedEntry } from "./manifest";
import { entryBytes } from "../zipBytes";

/** The parts SheetJS reads from an .ods (its parse_ods); LibreOffice up to 7.x encrypts each on its own key. */
const READ_PARTS = ["content.xml", "styles.xml", "meta.xml"] as const;
/** LibreOffice 24.2 and later encrypt the whole package, deflated, as this one entry ("wholesome" encryption). */
const WHOLE_PACKAGE = "encrypted-package";

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

/** Each part SheetJS reads, decrypted on its own (ODF 1.2 part 3 §4.8), into a plain .ods of those parts. */
async function decryptParts(zip: JSZip, entries: ReadonlyMap<string, EncryptedEntry>, password: string): Promise<Uint8Array> {
  const parts = READ_PARTS.filter((p) => zip.file(p) !== null);
  if (!parts.includes("content.xml")) throw badEncryption("no content.xml");
  const stated = parts.reduce((n, p) => n + (entries.get(p)?.size ?? 0), 0);
  if (stated > MAX_LEGACY_BYTES) throw encryptedTooLarge();
  const plain = new JSZip();
  plain.file("mimetype", ODS_TYPE);
  for (const part of parts) {
    const raw = await entryBytes(zip.file(part)!, MAX_ENCRYPTED_BYTES, encryptedTooLarge);
    const entry = entries.get(part);
    plain.file(part, entry === undefined ? raw : await decryptEntry(entry, raw, password));
  }
  plain.file(MANIFEST, plainManifest(parts));
  return plain.generateAsync({ type: "uint8array", compression: "STORE" });
}

/** The package inside `encrypted-package`: a plain ODF package of its own, handed on as it is. */
async function decryptWhole(zip: JSZip, entry: EncryptedEntry, password: string): Promise<Uint8Array> {
  const file = zip.file(WHOLE_PACKAGE);
  if (file === null) throw badEncryption(`no ${WHOLE_PACKAGE}`);
  if (entry.size > MAX_LEGACY_BYTES) throw encryptedTooLarge();
  const inner = await decryptEntry(entry, await entryBytes(file, MAX_ENCRYPTED_BYTES, encryptedTooLarge), password);
  let innerZip: JSZip;
  try {
    innerZip = await JSZip.loadAsync(inner);
  } catch {
    throw badEncryption(`the decrypted ${WHOLE_PACKAGE} is not a zip package`);
  }
  const manifest = innerZip.file(MANIFEST);
  if (manifest === null) throw badEncryption(`the decrypted ${WHOLE_PACKAGE} has no ${MANIFEST}`);
  const text = new TextDecoder("utf-8").decode(await entryBytes(manifest, MAX_MANIFEST_BYTES, manifestTooLarge));
  if (hasEncryptionData(text)) throw badEncryption(`the decrypted ${WHOLE_PACKAGE} is encrypted again`);
  return inner;
}

/**
 * A LibreOffice-encrypted .ods as a plain .ods SheetJS reads, in memory: LibreOffice 24.2's one
 * `encrypted-package` (AES-GCM under Argon2id), or LibreOffice 3.4 to 7.x's encrypted parts
 * (AES-CBC under PBKDF2). Every entry's scheme and cost is checked before any key is derived, sizes
 * before anything is decrypted (the file, then the sizes the manifest states against the legacy
 * reader's bound) and while inflating (each entry stops at its stated size). The password is used
 * here and goes nowhere else: no message built or thrown here carries it.
 */
export async function decryptOdsPackage(zip: JSZip, manifest: string, password: string): Promise<Uint8Array> {
  const entries = new Map(encryptedEntriesOf(manifest).map((e) => [e.path, e]));
  for (const entry of entries.values()) schemeOf(entry);
  const whole = entries.get(WHOLE_PACKAGE);
  return whole === undefined ? decryptParts(zip, entries, password) : decryptWhole(zip, whole, password);
}
