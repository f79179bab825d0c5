import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as CFB from "cfb";
import { encrypt } from "officecrypto-tool";
import { decryptWorkbookBytes } from "../../src/xlsx/decryptBytes";
import { failure } from "../helpers/failure";

/**
 * The one decryptor of every front, against known plaintext: the fixtures are examples/04 encrypted
 * by officecrypto-tool (scripts/gen-format-fixtures.ts), and more are encrypted here with other passwords.
 */
const FORMATS = join(__dirname, "../fixtures/formats");
const PASSWORD = "质标2021";
const ORIGINAL = readFileSync(join(FORMATS, "original.xlsx"));
const fixture = (name: string) => readFileSync(join(FORMATS, name));

/** The fixture with one stream of its compound file changed, as a damaged or hostile file would have it. */
function withStream(name: string, stream: string, change: (content: Uint8Array) => Uint8Array): Uint8Array {
  const container = CFB.read(fixture(name), { type: "buffer" });
  const entry = CFB.find(container, stream)!;
  entry.content = change(Uint8Array.from(entry.content));
  entry.size = entry.content.length;
  return Uint8Array.from(CFB.write(container, { type: "buffer" }) as Buffer);
}

test.each(["encrypted-agile.xlsx", "encrypted-standard.xlsx"])("%s decrypts to the original workbook, byte for byte", (name) => {
  expect(Buffer.from(decryptWorkbookBytes(fixture(name), PASSWORD)).equals(ORIGINAL)).toBe(true);
});

test.each([
  ["agile", "an ASCII password 1"],
  ["standard", "an ASCII password 1"],
  ["agile", "表情😀与空格 末尾 "],
  ["standard", "表情😀与空格 末尾 "],
] as const)("%s encryption of another workbook under %j decrypts to it", (type, password) => {
  const plain = readFileSync(join(__dirname, "../../examples/02-宁波市经济和信息化局.xlsx"));
  const encrypted = encrypt(plain, { password, ...(type === "standard" ? { type } : {}) });
  expect(Buffer.from(decryptWorkbookBytes(encrypted, password)).equals(plain)).toBe(true);
});

test.each(["encrypted-agile.xlsx", "encrypted-standard.xlsx"])("%s with a wrong password says so and does not echo it", (name) => {
  for (const wrong of ["质标2020", "", PASSWORD.toUpperCase() + " "]) {
    const f = failure(() => decryptWorkbookBytes(fixture(name), wrong));
    expect(f).toEqual({ kind: "encrypted", message: expect.stringMatching(/密码不正确.*the password is wrong/) });
    if (wrong !== "") expect(f.message).not.toContain(wrong);
  }
});

test("a legacy .xls (a compound file with no encrypted package) is not taken for an encrypted one", () => {
  expect(failure(() => decryptWorkbookBytes(fixture("libreoffice.xls"), PASSWORD))).toMatchObject({
    kind: "corrupt",
    message: expect.stringContaining("no EncryptionInfo stream"),
  });
});

test.each([
  ["a truncated file", () => fixture("encrypted-agile.xlsx").subarray(0, 3000), /damaged|EncryptedPackage|EncryptionInfo/],
  [
    "an agile spin count of two billion (minutes of hashing)",
    () =>
      withStream("encrypted-agile.xlsx", "EncryptionInfo", (c) =>
        new TextEncoder().encode(new TextDecoder().decode(c).replace(/spinCount="\d+"/, 'spinCount="2000000000"')),
      ),
    /spinCount 2000000000/,
  ],
  [
    "an agile hash size of zero (every password would verify)",
    () =>
      withStream("encrypted-agile.xlsx", "EncryptionInfo", (c) =>
        new TextEncoder().encode(new TextDecoder().decode(c).replace(/hashSize="\d+"/g, 'hashSize="0"')),
      ),
    /hashSize 0/,
  ],
  [
    "a standard header naming RC4",
    () => withStream("encrypted-standard.xlsx", "EncryptionInfo", (c) => c.map((b, i) => (i === 20 ? 0x01 : i === 21 ? 0x68 : b))),
    /0x6801/,
  ],
  [
    "a package cut inside an AES block",
    () => withStream("encrypted-standard.xlsx", "EncryptedPackage", (c) => c.subarray(0, c.length - 5)),
    /whole AES blocks/,
  ],
  [
    "a package stating more bytes than it holds",
    () => withStream("encrypted-standard.xlsx", "EncryptedPackage", (c) => c.map((b, i) => (i === 6 ? 0x7f : b))),
    /shorter than its stated size/,
  ],
  [
    "an agile package with one byte changed after encryption (its integrity code no longer matches)",
    () => withStream("encrypted-agile.xlsx", "EncryptedPackage", (c) => c.map((b, i) => (i === 5000 ? b ^ 0x01 : b))),
    /integrity code \(dataIntegrity HMAC\)/,
  ],
  [
    "an agile package whose stated size was changed after encryption",
    () => withStream("encrypted-agile.xlsx", "EncryptedPackage", (c) => c.map((b, i) => (i === 0 ? b - 1 : b))),
    /integrity code/,
  ],
  [
    "an agile file whose integrity code was replaced",
    () =>
      withStream("encrypted-agile.xlsx", "EncryptionInfo", (c) =>
        new TextEncoder().encode(
          new TextDecoder().decode(c).replace(/encryptedHmacValue="[^"]*"/, `encryptedHmacValue="${Buffer.alloc(64).toString("base64")}"`),
        ),
      ),
    /integrity code/,
  ],
] as const)("%s is a damaged encrypted workbook, said as such", (_what, bytes, detail) => {
  expect(failure(() => decryptWorkbookBytes(bytes(), PASSWORD))).toEqual({ kind: "corrupt", message: expect.stringMatching(detail) });
});
