import { readdirSync } from "node:fs";
import { join } from "node:path";
import { analyseWorkbook } from "../../src/core/analysis";
import { decodeStore } from "../../src/core/storage";
import { readWorkbook } from "../../src/xlsx/readGrids";
import { storeRowsOf } from "../../src/core/workbook";

/**
 * The same filled form (examples/04, with the typical mistakes) as every format units send, each
 * written by another producer (scripts/gen-format-fixtures.ts): LibreOffice's .xls and .ods,
 * SheetJS's BIFF8 .xls, .xlsb, .ods, .fods and .xlsm, a BIFF8 file named .et as WPS saves it, and
 * the original under an open password (officecrypto-tool, agile and standard encryption; LibreOffice's
 * RC4 .xls, scripts/gen-encrypted-xls.py; LibreOffice 7.4's AES-256-CBC .ods, scripts/gen-encrypted-ods.py;
 * LibreOffice 25.2's AES-256-GCM .ods, scripts/gen-encrypted-ods-gcm.py). Each must read into the
 * same form and the same issues as the .xlsx original.
 */
const DIR = join(__dirname, "../fixtures/formats");
// Agile encryption derives its key through 100,000 SHA-512 rounds, on purpose slow; a busy machine takes seconds.
jest.setTimeout(60_000);
const TODAY = new Date(Date.UTC(2021, 5, 1));

/** The open password of the encrypted fixtures (scripts/gen-format-fixtures.ts). */
const PASSWORD = "质标2021";
const ENCRYPTED = new Set([
  "encrypted-agile.xlsx",
  "encrypted-standard.xlsx",
  "encrypted-libreoffice.xls",
  "encrypted-libreoffice.ods",
  "encrypted-libreoffice-gcm.ods",
]);

const passwordOf = (file: string) => (ENCRYPTED.has(file) ? { password: PASSWORD } : {});

async function verdict(file: string) {
  const { grids, format } = await readWorkbook(join(DIR, file), passwordOf(file));
  const analysis = await analyseWorkbook(grids, decodeStore(storeRowsOf(grids)).store, { today: TODAY, fallbackYear: 2021 });
  return {
    format,
    rows: analysis.form?.rows.map((r) => ({ row: r.rowNumber, values: r.values })),
    issues: analysis.issues.map((i) => [i.code, i.cell ?? i.row ?? i.sheet, i.severity]),
  };
}

const EXPECTED_FORMAT: Record<string, string> = {
  "libreoffice.xls": "xls",
  "libreoffice.ods": "ods",
  "sheetjs-biff8.xls": "xls",
  "sheetjs.xlsb": "xlsb",
  "sheetjs.ods": "ods",
  "sheetjs.fods": "fods",
  "sheetjs.xlsm": "ooxml",
  "wps-style.et": "xls",
  "encrypted-agile.xlsx": "ooxml",
  "encrypted-standard.xlsx": "ooxml",
  "encrypted-libreoffice.xls": "xls",
  "encrypted-libreoffice.ods": "ods",
  "encrypted-libreoffice-gcm.ods": "ods",
};

describe("every format a unit sends reads like the .xlsx original", () => {
  let original: Awaited<ReturnType<typeof verdict>>;
  beforeAll(async () => {
    original = await verdict("original.xlsx");
  });

  test("the corpus holds every producer's file", () => {
    expect(readdirSync(DIR).sort()).toEqual(["original.xlsx", ...Object.keys(EXPECTED_FORMAT)].sort());
    expect(original.rows).toHaveLength(4);
    expect(original.issues.length).toBeGreaterThan(5);
  });

  test.each(Object.entries(EXPECTED_FORMAT))("%s: same rows and issues, format sniffed from the content", async (file, format) => {
    const read = await verdict(file);
    expect(read.format).toBe(format);
    expect(read.rows).toEqual(original.rows);
    expect(read.issues).toEqual(original.issues);
  });

  test.each(Object.keys(EXPECTED_FORMAT))("%s cut in half is one clear unreadable, never a crash", async (file) => {
    const { readFileSync, writeFileSync, mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const bytes = readFileSync(join(DIR, file));
    const cut = join(mkdtempSync(join(tmpdir(), "qbench-cut-")), file);
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(readWorkbook(cut, passwordOf(file))).rejects.toMatchObject({ name: "Unreadable" });
  });
});

describe("an encrypted workbook", () => {
  test.each([...ENCRYPTED])("%s without a password is unreadable, saying it is encrypted and how to read it", async (file) => {
    const error = await readWorkbook(join(DIR, file)).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "Unreadable", kind: "encrypted" });
    expect((error as Error).message).toMatch(/打开密码.*--password.*encrypted.*--password/);
  });

  test.each([...ENCRYPTED])("%s with a wrong password says the password is wrong", async (file) => {
    const error = await readWorkbook(join(DIR, file), { password: "质标2020" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "Unreadable", kind: "encrypted" });
    expect((error as Error).message).toMatch(/密码不正确.*password is wrong/);
  });

  test("a password given for a workbook that has none changes nothing", async () => {
    const plain = await readWorkbook(join(DIR, "original.xlsx"));
    expect(await readWorkbook(join(DIR, "original.xlsx"), { password: PASSWORD })).toEqual(plain);
  });
});
