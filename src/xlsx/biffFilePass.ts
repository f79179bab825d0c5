/**
 * Whether an Excel 97-2003 workbook (BIFF8, BIFF5, WPS .et) has an open password, and which kind:
 * its workbook stream then carries a FilePass record (MS-XLS 2.4.117) right after the globals
 * substream's BOF and an optional WriteProtect, before anything else, and those records are never
 * encrypted. Only those first records are looked at: this reads no BIFF.
 */
const BOF = 0x0809;
const WRITE_PROTECT = 0x0086;
const FILE_PASS = 0x002f;
/** BOF's `vers` of a BIFF5 stream, whose FilePass is always XOR obfuscation and has no type field. */
const BIFF5 = 0x0500;

/** XOR obfuscation, or RC4 (plain or CryptoAPI, both `wEncryptionType` 1). */
export type FilePass = "xor" | "rc4";

export function filePassOf(workbookStream: Uint8Array): FilePass | undefined {
  const view = new DataView(workbookStream.buffer, workbookStream.byteOffset, workbookStream.byteLength);
  let biff5 = false;
  for (let at = 0; at + 4 <= view.byteLength;) {
    const type = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (type === FILE_PASS) return biff5 || length < 2 || view.getUint16(at + 4, true) === 0 ? "xor" : "rc4";
    if (type !== BOF && type !== WRITE_PROTECT) return undefined;
    if (type === BOF && length >= 2) biff5 = view.getUint16(at + 4, true) === BIFF5;
    at += 4 + length;
  }
  return undefined;
}
