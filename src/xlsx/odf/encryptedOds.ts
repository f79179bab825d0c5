import JSZip from "jszip";
import { needsPassword, Unreadable } from "../unreadable";
import { entryBytes } from "../zipBytes";

/** An ODF package starts with its stored `mimetype` entry: the local header's name at offset 30. */
const MIMETYPE_FIRST = new TextEncoder().encode("mimetype");
export const MANIFEST = "META-INF/manifest.xml";
/** A manifest lists a handful of entries; a larger one is not LibreOffice's. */
export const MAX_MANIFEST_BYTES = 1024 * 1024;

export function manifestTooLarge(): Unreadable {
  return new Unreadable("corrupt", "文件已损坏：META-INF/manifest.xml 过大", "the file is damaged: its META-INF/manifest.xml is too large");
}

/** Whether a manifest lists encryption data: some entry of its package is encrypted. */
export function hasEncryptionData(manifest: string): boolean {
  return /<([\w.-]+:)?encryption-data[\s/>]/.test(manifest);
}

function looksLikeOdf(bytes: Uint8Array): boolean {
  return MIMETYPE_FIRST.every((b, i) => bytes[30 + i] === b);
}

/**
 * An OpenDocument spreadsheet as SheetJS reads it: one with an open password (its manifest holds
 * `encryption-data`: LibreOffice 24.2 and later encrypt the whole package as one entry, earlier
 * versions content.xml, styles.xml … each on its own) decrypted with `password` by
 * odf/decryptOds.ts, a chunk fetched only when such a file arrives; without a password it is
 * unreadable and says where to type one, like an encrypted .xlsx. Anything else is returned as it
 * is. The password goes to the decryptor and nowhere else.
 */
export async function plainOdsBytes(bytes: Uint8Array, password: string | undefined): Promise<Uint8Array> {
  if (!looksLikeOdf(bytes)) return bytes;
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return bytes; // SheetJS says how it is damaged
  }
  const manifestFile = zip.file(MANIFEST);
  if (manifestFile === null) return bytes;
  const manifest = new TextDecoder("utf-8").decode(await entryBytes(manifestFile, MAX_MANIFEST_BYTES, manifestTooLarge));
  if (!hasEncryptionData(manifest)) return bytes;
  if (password === undefined || password === "") throw needsPassword();
  const { decryptOdsPackage } = await import(/* webpackChunkName: "decrypt-ods" */ "./decryptOds");
  return decryptOdsPackage(zip, manifest, password);
}
