import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbook } from "../../src/xlsx/readGrids";

/**
 * Excel's own open-password schemes for .xls, on files Excel wrote (test/fixtures/encrypted-xls/README.md:
 * msoffcrypto-tool's test inputs). LibreOffice's RC4 is in the formats corpus (formats.test.ts).
 */
const DIR = join(__dirname, "../fixtures/encrypted-xls");
const CRYPTOAPI = join(DIR, "rc4cryptoapi_password.xls");
const XOR = join(DIR, "xor_password_123456789012345.xls");

describe.each([
  ["RC4 CryptoAPI", CRYPTOAPI],
  ["XOR obfuscation", XOR],
])("an .xls under %s", (_, file) => {
  test("without a password is one unreadable saying it is encrypted and how to read it", async () => {
    const error = await readWorkbook(file).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "Unreadable", kind: "encrypted" });
    expect((error as Error).message).toMatch(/打开密码.*qbench check --password.*encrypted.*qbench check --password/);
  });

  test("with a wrong password says the password is wrong", async () => {
    const error = await readWorkbook(file, { password: "Password1234" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "Unreadable", kind: "encrypted" });
    expect((error as Error).message).toMatch(/密码不正确.*password is wrong/);
  });
});

test("RC4 CryptoAPI with its password reads as the same workbook decrypted by another tool", async () => {
  const decrypted = await readWorkbook(CRYPTOAPI, { password: "Password1234_" });
  expect(decrypted.format).toBe("xls");
  expect(decrypted).toEqual(await readWorkbook(join(DIR, "rc4cryptoapi_password_plain.xls")));
});

test("XOR obfuscation with its password reads every cell: row r holds r in columns A to Z", async () => {
  const { grids, format } = await readWorkbook(XOR, { password: "123456789012345" });
  expect(format).toBe("xls");
  const values = grids[0]!.values;
  expect(values).toHaveLength(420);
  values.forEach((row, r) => expect(row).toEqual(Array.from({ length: 26 }, () => r + 1)));
});

test("an XOR-obfuscated .xls above 128 kB is refused before decrypting (its decryptor is quadratic), saying what to do", async () => {
  const big = join(mkdtempSync(join(tmpdir(), "qbench-xor-")), "big.xls");
  const bytes = readFileSync(XOR);
  writeFileSync(big, Buffer.concat([bytes, Buffer.alloc(128 * 1024 - bytes.length + 1)]));
  const error = await readWorkbook(big, { password: "123456789012345" }).catch((e: unknown) => e);
  expect(error).toMatchObject({ name: "Unreadable", kind: "too-large" });
  expect((error as Error).message).toMatch(/XOR.*128 KB.*另存为 \.xlsx.*XOR.*128 kB.*save it as \.xlsx/);
});

test("from its bytes (the web page's and the task pane's reader) an encrypted .xls opens with its password as from disk", async () => {
  const { readWorkbookBytes } = await import("../../src/xlsx/readBytes");
  const file = join(__dirname, "../fixtures/formats/encrypted-libreoffice.xls");
  const read = await readWorkbookBytes(new Uint8Array(readFileSync(file)), "encrypted-libreoffice.xls", {}, "质标2021");
  expect(read.format).toBe("xls");
  expect(read).toEqual(await readWorkbook(file, { password: "质标2021" }));
});

test("an RC4-encrypted .xls above 8 MB is refused before decrypting (its decryptor holds the stream as an array of numbers), saying what to do", async () => {
  const big = join(mkdtempSync(join(tmpdir(), "qbench-rc4-")), "big.xls");
  const bytes = readFileSync(join(__dirname, "../fixtures/formats/encrypted-libreoffice.xls"));
  writeFileSync(big, Buffer.concat([bytes, Buffer.alloc(8 * 1024 * 1024 - bytes.length + 1)]));
  const started = Date.now();
  const error = await readWorkbook(big, { password: "质标2021" }).catch((e: unknown) => e);
  expect(error).toMatchObject({ name: "Unreadable", kind: "too-large" });
  expect((error as Error).message).toMatch(/RC4.*8 MB.*另存为 \.xlsx.*RC4.*8 MB.*save it as \.xlsx/);
  expect(Date.now() - started).toBeLessThan(30_000);
});
