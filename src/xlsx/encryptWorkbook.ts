/**
 * A package written from an encrypted workbook (sealed, unsealed), encrypted again under the open
 * password it arrived with, so that qbench never leaves an unencrypted copy of a unit's data beside
 * the encrypted original. ECMA-376 agile encryption (AES-256, SHA-512 spun 100,000 times: what Excel
 * 2010 and later write) through officecrypto-tool, whatever scheme the original used; an encrypted
 * .xls is sealed into an .xlsx, so it too comes back as an agile-encrypted .xlsx. The password goes
 * to the library and nowhere else.
 */
export async function encryptWorkbookBytes(pkg: Uint8Array, password: string): Promise<Uint8Array> {
  const { encrypt } = await import("officecrypto-tool");
  return new Uint8Array(encrypt(Buffer.from(pkg.buffer, pkg.byteOffset, pkg.byteLength), { password }));
}
