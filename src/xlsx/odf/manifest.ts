import { SaxesParser } from "saxes";
import { badEncryption } from "../encryption/bytes";
import { localName } from "../xmlPart";

/**
 * How one entry of an encrypted OpenDocument package is encrypted, as its META-INF/manifest.xml
 * says (ODF 1.2 part 3 §4.8 for the PBKDF2 family; LibreOffice 24.2's extension for
 * AES-GCM with Argon2id). Attribute values are kept as written; decryptEntry.ts decides what it opens.
 */
export interface EncryptedEntry {
  readonly path: string;
  /** The entry's size once decrypted and inflated (`manifest:size`). */
  readonly size: number;
  readonly checksumType: string | undefined;
  readonly checksum: string | undefined;
  readonly algorithm: string;
  readonly iv: string;
  readonly startKey: string;
  readonly keyDerivation: string;
  readonly keySize: number;
  readonly salt: string;
  readonly iterations: number | undefined;
  readonly argon2: { readonly t: number; readonly m: number; readonly p: number } | undefined;
}

type Attributes = Record<string, string>;

/** Attributes by local name: LibreOffice writes most as manifest:, the Argon2 parameters as loext:. */
function byLocalName(attributes: Attributes): Attributes {
  const out: Attributes = {};
  for (const [name, value] of Object.entries(attributes)) out[localName(name)] = value;
  return out;
}

function count(value: string | undefined, what: string): number {
  const n = Number(value);
  if (value === undefined || !Number.isSafeInteger(n) || n < 0) throw badEncryption(`manifest ${what} "${value ?? ""}"`);
  return n;
}

function required(a: Attributes, name: string): string {
  const value = a[name];
  if (value === undefined) throw badEncryption(`manifest without ${name}`);
  return value;
}

/** Every encrypted entry the manifest lists, in its order. */
export function encryptedEntriesOf(manifest: string): EncryptedEntry[] {
  const entries: EncryptedEntry[] = [];
  let file: Attributes | undefined;
  let data: Attributes | undefined;
  let algorithm: Attributes | undefined;
  let startKey: Attributes | undefined;
  let derivation: Attributes | undefined;
  const parser = new SaxesParser();
  parser.on("opentag", (tag) => {
    const a = byLocalName(tag.attributes);
    const name = localName(tag.name);
    if (name === "file-entry") file = a;
    else if (name === "encryption-data") data = a;
    else if (name === "algorithm") algorithm = a;
    else if (name === "start-key-generation") startKey = a;
    else if (name === "key-derivation") derivation = a;
  });
  parser.on("closetag", (tag) => {
    const name = localName(tag.name);
    if (name === "file-entry") file = undefined;
    if (name !== "encryption-data") return;
    if (file === undefined || data === undefined || algorithm === undefined || derivation === undefined) {
      throw badEncryption("manifest encryption-data outside a file entry or without its algorithm");
    }
    const argon2 =
      derivation["argon2-iterations"] === undefined
        ? undefined
        : {
            t: count(derivation["argon2-iterations"], "argon2-iterations"),
            m: count(derivation["argon2-memory"], "argon2-memory"),
            p: count(derivation["argon2-lanes"], "argon2-lanes"),
          };
    entries.push({
      path: required(file, "full-path"),
      size: count(file.size, "size"),
      checksumType: data["checksum-type"],
      checksum: data.checksum,
      algorithm: required(algorithm, "algorithm-name"),
      iv: required(algorithm, "initialisation-vector"),
      // ODF 1.2: without start-key-generation, the start key is the password's SHA-1.
      startKey: startKey?.["start-key-generation-name"] ?? "SHA1",
      keyDerivation: required(derivation, "key-derivation-name"),
      keySize: derivation["key-size"] === undefined ? 16 : count(derivation["key-size"], "key-size"),
      salt: required(derivation, "salt"),
      iterations: derivation["iteration-count"] === undefined ? undefined : count(derivation["iteration-count"], "iteration-count"),
      argon2,
    });
    data = algorithm = startKey = derivation = undefined;
  });
  try {
    parser.write(manifest).close();
  } catch (e) {
    throw e instanceof Error && e.name === "Unreadable" ? e : badEncryption("META-INF/manifest.xml is not well-formed XML");
  }
  return entries;
}
