import { createHash, randomBytes } from "node:crypto";
import type { SheetProtection } from "./package/sheetEdit";

const SPIN_COUNT = 100_000;

/**
 * A sheet protection password as Excel stores it (ECMA-376 Part 1, §18.2.29 and Part 4 §14.7.1):
 * SHA-512 over a random salt and the password in UTF-16LE, then hashed again `spinCount` times,
 * each time with the iteration number appended as 4 little-endian bytes.
 */
export function sheetPassword(password: string): SheetProtection {
  const salt = randomBytes(16);
  let hash = createHash("sha512").update(salt).update(Buffer.from(password, "utf16le")).digest();
  const counter = Buffer.alloc(4);
  for (let i = 0; i < SPIN_COUNT; i++) {
    counter.writeUInt32LE(i, 0);
    hash = createHash("sha512").update(hash).update(counter).digest();
  }
  return { algorithmName: "SHA-512", hashValue: hash.toString("base64"), saltValue: salt.toString("base64"), spinCount: SPIN_COUNT };
}
