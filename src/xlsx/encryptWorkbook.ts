/**
 * A package written from an encrypted workbook (sealed, unsealed), encrypted again under the open
 * password it arrived with, so that no front leaves an unencrypted copy of a unit's data beside the
 * encrypted original. ECMA-376 agile encryption (AES-256, SHA-512 spun 100,000 times: what Excel
 * 2010 and later write), whatever scheme the original used; an encrypted .xls is sealed into an
 * .xlsx, so it too comes back as an agile-encrypted .xlsx. Our encryptor (encryption/encryptAgile.ts)
 * runs in Node and in the browser, a chunk of its own there; the password goes to it and nowhere else.
 */
export async function encryptWorkbookBytes(pkg: Uint8Array, password: string): Promise<Uint8Array> {
  const { encryptAgile } = await import(/* webpackChunkName: "encrypt" */ "./encryption/encryptAgile");
  return encryptAgile(pkg, password);
}
