import { readFile, stat } from "node:fs/promises";
import { encryptedTooLarge, MAX_ENCRYPTED_BYTES } from "./encryptedLimit";

/** An encrypted workbook on disk, decrypted by the reader every front shares (decryptBytes.ts); its size is checked before it is read. */
export async function decryptWorkbookFile(path: string, password: string): Promise<Uint8Array> {
  if ((await stat(path)).size > MAX_ENCRYPTED_BYTES) throw encryptedTooLarge();
  const { decryptWorkbookBytes } = await import("./decryptBytes");
  return decryptWorkbookBytes(await readFile(path), password);
}
