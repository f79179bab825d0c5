import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as CFB from "cfb";
import { decrypt } from "officecrypto-tool";
import { decryptWorkbookBytes } from "../../src/xlsx/decryptBytes";
import { encryptAgile } from "../../src/xlsx/encryption/encryptAgile";
import { sniffBytes } from "../../src/xlsx/sniffBytes";
import { failure } from "../helpers/failure";

/** Our agile encryptor against the other implementation (officecrypto-tool) and our decryptor; LibreOffice in encryptLibreOffice.test.ts. */
const PLAIN = readFileSync(join(__dirname, "../../examples/02-宁波市经济和信息化局.xlsx"));
const PASSWORD = "质标2021 表情😀";

let encrypted: Uint8Array;
beforeAll(() => {
  encrypted = encryptAgile(PLAIN, PASSWORD);
});

test("what it writes is an encrypted workbook: a compound file of EncryptionInfo 4.4 and EncryptedPackage (and cfb's marker)", () => {
  expect(sniffBytes(encrypted)).toBe("encrypted");
  const container = CFB.read(encrypted, { type: "buffer" });
  expect(container.FileIndex.filter((e) => e.type === 2).map((e) => e.name)).toEqual([
    "\u0001Sh33tJ5",
    "EncryptionInfo",
    "EncryptedPackage",
  ]);
  const info = Uint8Array.from(CFB.find(container, "EncryptionInfo")!.content);
  expect([...info.subarray(0, 4)]).toEqual([4, 0, 4, 0]);
  expect(new TextDecoder().decode(info.subarray(8))).toMatch(/spinCount="100000".*hashAlgorithm="SHA512"/);
});

test("officecrypto-tool, an independent implementation, decrypts it to the package byte for byte", async () => {
  const plain = await decrypt(Buffer.from(encrypted), { password: PASSWORD });
  expect(Buffer.from(plain).equals(PLAIN)).toBe(true);
});

test("our decryptor decrypts it to the package byte for byte, and refuses a wrong password", () => {
  expect(Buffer.from(decryptWorkbookBytes(encrypted, PASSWORD)).equals(PLAIN)).toBe(true);
  expect(failure(() => decryptWorkbookBytes(encrypted, "质标2021"))).toMatchObject({ kind: "encrypted" });
});

test("the salts and the package key are new each time: the same workbook twice is two different files", () => {
  expect(Buffer.from(encryptAgile(PLAIN, PASSWORD)).equals(Buffer.from(encrypted))).toBe(false);
});

test.each([0, 1, 15, 16, 4095, 4096, 4097, 8192 + 3])("a package of %i bytes comes back whole", (size) => {
  const pkg = Uint8Array.from({ length: size }, (_, i) => (i * 7 + 3) & 0xff);
  expect(Buffer.from(decryptWorkbookBytes(encryptAgile(pkg, "p"), "p")).equals(Buffer.from(pkg))).toBe(true);
});

test("the password is nowhere in the file, in UTF-16 or UTF-8", () => {
  const bytes = Buffer.from(encrypted);
  expect(bytes.includes(Buffer.from(PASSWORD, "utf16le"))).toBe(false);
  expect(bytes.includes(Buffer.from(PASSWORD, "utf8"))).toBe(false);
});
