import * as CFB from "cfb";
import { decryptAgile } from "./encryption/agile";
import { badEncryption } from "./encryption/bytes";
import { decryptStandard } from "./encryption/standard";
import { encryptedTooLarge, MAX_ENCRYPTED_BYTES } from "./encryptedLimit";

export { encryptedTooLarge, MAX_ENCRYPTED_BYTES } from "./encryptedLimit";

function stream(container: CFB.CFB$Container, name: string): Uint8Array {
  const entry = CFB.find(container, name);
  if (entry === null || entry.content.length < 8) throw badEncryption(`no ${name} stream`);
  return Uint8Array.from(entry.content);
}

/**
 * The decrypted OOXML package of an encrypted workbook's bytes, in Node and in the browser alike:
 * SheetJS's compound-file reader for the container, audited pure-JS AES and SHA for the crypto
 * (README, "Encrypted workbooks"). The password is used here and goes nowhere else: no message
 * built here or thrown from here carries it.
 */
export function decryptWorkbookBytes(bytes: Uint8Array, password: string): Uint8Array {
  if (bytes.length > MAX_ENCRYPTED_BYTES) throw encryptedTooLarge();
  let container: CFB.CFB$Container;
  try {
    container = CFB.read(bytes, { type: "buffer" });
  } catch {
    throw badEncryption("the compound file is damaged");
  }
  const info = stream(container, "EncryptionInfo");
  const data = stream(container, "EncryptedPackage");
  const major = info[0]! | (info[1]! << 8);
  const minor = info[2]! | (info[3]! << 8);
  if (major === 4 && minor === 4) return decryptAgile(info, data, password);
  if ((major === 2 || major === 3 || major === 4) && minor === 2) return decryptStandard(info, data, password);
  throw badEncryption(`EncryptionInfo version ${major}.${minor}`);
}
