import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { encrypt } from "officecrypto-tool";
import { filledWorkbook, ZHEJIANG_FORM } from "../../scripts/lib/formWorkbook";
import { warningKey } from "../../src/core/seal";
import { loadFile } from "../../src/cli/loadFile";
import { sealCandidate, sealedBlob, sealedName, verifyBytes, type SealCandidate } from "../../src/web/engine/seal";
import { sniffBytes } from "../../src/xlsx/sniffBytes";

/**
 * The web page seals every format `qbench seal` seals: a legacy workbook (.xls, .et, .ods, .fods,
 * .xlsb) into a new .xlsx that holds the seal, an encrypted one (an .xlsx, LibreOffice's .ods and
 * .xls) opened with its password and handed out encrypted again; what it writes verifies in the page
 * and with the command line's reader. The page's verifier reads every format too.
 */
// Agile encryption spins SHA-512 100,000 times per open, on purpose slow; a busy machine takes seconds.
jest.setTimeout(120_000);

const PASSWORD = "质标2021";
const TODAY = new Date(Date.UTC(2021, 5, 20));
const FIXTURES = join(__dirname, "..", "fixtures");

let plainXlsx: Uint8Array;
const dir = mkdtempSync(join(tmpdir(), "qbench-web-seal-"));

beforeAll(async () => {
  plainXlsx = new Uint8Array(await filledWorkbook(ZHEJIANG_FORM).workbook.xlsx.writeBuffer());
});

/** The ready 浙江 form as SheetJS writes it in `bookType`, as a unit's other office suite saves it. */
function asLegacy(bookType: XLSX.BookType): Uint8Array {
  const book = XLSX.read(plainXlsx, { cellNF: true, cellDates: false });
  return new Uint8Array(XLSX.write(book, { bookType, type: "array" }) as ArrayBuffer);
}

/** Seals as a clerk in the page does: every warning confirmed, then the download. */
async function sealInPage(candidate: SealCandidate, dropped: string): Promise<{ name: string; bytes: Uint8Array; code: string }> {
  const name = sealedName(dropped, "zh");
  const { blob, code } = await sealedBlob(candidate, "李明", candidate.analysis.issues.map(warningKey), name);
  return { name, bytes: new Uint8Array(await blob.arrayBuffer()), code };
}

/** What `qbench verify` reads of a file the page wrote. */
async function verifiedByCli(name: string, bytes: Uint8Array, password?: string) {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const loaded = await loadFile(path, {}, password);
  return loaded.kind === "read" ? { format: loaded.format, seal: loaded.seal.state } : loaded;
}

describe.each([
  ["form.xls", "biff8", "xls"],
  ["form.et", "biff8", "xls"],
  ["form.ods", "ods", "ods"],
  ["form.fods", "fods", "fods"],
  ["form.xlsb", "xlsb", "xlsb"],
] as const)("a dropped %s (SheetJS %s)", (dropped, bookType, format) => {
  test("is sealed into a new .xlsx, said beforehand, which verifies in the page and with qbench verify", async () => {
    const bytes = asLegacy(bookType);
    const candidate = await sealCandidate(bytes, dropped, TODAY);
    expect(candidate).toMatchObject({ format, source: { encrypted: false } });
    const sealed = await sealInPage(candidate!, dropped);
    expect(sealed.name).toBe(`${dropped.slice(0, dropped.lastIndexOf("."))}-已封存.xlsx`);
    expect(sniffBytes(sealed.bytes)).toBe("ooxml");
    expect(await verifyBytes(sealed.bytes, sealed.name)).toMatchObject({ state: "valid", code: sealed.code });
    expect(await verifiedByCli(sealed.name, sealed.bytes)).toEqual({ format: "ooxml", seal: "valid" });
    // The dropped file itself holds no seal, and the page says so of it.
    expect(await verifyBytes(bytes, dropped)).toEqual({ state: "none" });
  });
});

describe.each([
  ["an Excel-encrypted .xlsx", "encrypted.xlsx", () => new Uint8Array(encrypt(Buffer.from(plainXlsx), { password: PASSWORD })), "ooxml"],
  [
    "LibreOffice's encrypted .ods",
    "libreoffice-ningbo.ods",
    () => readFileSync(join(FIXTURES, "encrypted-ods", "libreoffice-ningbo.ods")),
    "ods",
  ],
  [
    "LibreOffice's encrypted .xls",
    "libreoffice-ningbo.xls",
    () => readFileSync(join(FIXTURES, "encrypted-xls", "libreoffice-ningbo.xls")),
    "xls",
  ],
] as const)("%s", (_what, dropped, bytesOf, format) => {
  let bytes: Uint8Array;
  beforeAll(() => {
    bytes = new Uint8Array(bytesOf());
  });

  test("asks for its open password, and says a wrong one is wrong", async () => {
    await expect(sealCandidate(bytes, dropped, TODAY)).rejects.toMatchObject({ kind: "encrypted" });
    await expect(sealCandidate(bytes, dropped, TODAY, "质标2020")).rejects.toMatchObject({ kind: "encrypted" });
  });

  test("opens with it, and is handed out sealed and encrypted again, verifying only with the password", async () => {
    const candidate = await sealCandidate(bytes, dropped, TODAY, PASSWORD);
    expect(candidate).toMatchObject({ format, source: { encrypted: true } });
    const sealed = await sealInPage(candidate!, dropped);
    expect(sealed.name.endsWith("-已封存.xlsx")).toBe(true);
    expect(sniffBytes(sealed.bytes)).toBe("encrypted");
    expect(Buffer.from(sealed.bytes).includes(Buffer.from("申报企业统计表"))).toBe(false);
    await expect(verifyBytes(sealed.bytes, sealed.name)).rejects.toMatchObject({ kind: "encrypted" });
    expect(await verifyBytes(sealed.bytes, sealed.name, PASSWORD)).toMatchObject({ state: "valid", code: sealed.code });
    expect(await verifiedByCli(sealed.name, sealed.bytes, PASSWORD)).toEqual({ format: "ooxml", seal: "valid" });
  });
});

test("a CSV cannot be sealed, and the page says why in both languages", async () => {
  const csv = new TextEncoder().encode("序号,申报企业名称\n1,浙江正泰电器股份有限公司\n");
  await expect(sealCandidate(csv, "form.csv", TODAY)).rejects.toMatchObject({
    reasonZh: expect.stringContaining("CSV 文件无法封存"),
    reasonEn: expect.stringContaining("A CSV file cannot be sealed"),
  });
});
