import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { filledWorkbook, ZHEJIANG_FORM } from "../../scripts/lib/formWorkbook";
import { runSeal } from "../../src/cli/seal";
import { warningKey } from "../../src/core/seal";
import { sealCandidate, sealedBlob } from "../../src/web/engine/seal";
import * as decryptBytes from "../../src/xlsx/decryptBytes";
import * as decryptOds from "../../src/xlsx/odf/decryptOds";

/**
 * Sealing an encrypted workbook decrypts it once, in the page and with `qbench seal` alike: the form
 * is judged from, and the seal written into, that one decryption (each one of an agile .xlsx spins
 * SHA-512 100,000 times). `qbench seal` decrypts its sealed copy besides, when it checks the seal after writing.
 */
// Agile encryption spins SHA-512 100,000 times per open, on purpose slow; a busy machine takes seconds.
jest.setTimeout(120_000);

const PASSWORD = "质标2021";
const FIXTURES = join(__dirname, "..", "fixtures");
const dir = mkdtempSync(join(tmpdir(), "qbench-seal-decrypts-once-"));

const xlsxDecryptor = jest.spyOn(decryptBytes, "decryptWorkbookBytes");
const odsDecryptor = jest.spyOn(decryptOds, "decryptOdsPackage");
/** officecrypto-tool itself, not the copy of its exports an `import * as` makes: the object the .xls decryptor calls. */
const officecrypto = jest.requireActual<typeof import("officecrypto-tool")>("officecrypto-tool");
const xlsDecryptor = jest.spyOn(officecrypto, "decrypt");

afterEach(() => jest.clearAllMocks());

async function encryptedXlsx(): Promise<Uint8Array> {
  const plain = Buffer.from(await filledWorkbook(ZHEJIANG_FORM).workbook.xlsx.writeBuffer());
  return new Uint8Array(officecrypto.encrypt(plain, { password: PASSWORD }));
}

const fixture = (path: string) => () => Promise.resolve(new Uint8Array(readFileSync(join(FIXTURES, path))));

describe.each([
  [
    "an Excel-encrypted .xlsx",
    "encrypted.xlsx",
    "浙江省经济和信息化厅",
    encryptedXlsx,
    (input: Uint8Array) => xlsxDecryptor.mock.calls.filter(([bytes]) => Buffer.from(bytes).equals(input)).length,
  ],
  [
    "LibreOffice's encrypted .ods",
    "宁波ods.ods",
    "宁波市经济和信息化局",
    fixture("encrypted-ods/libreoffice-ningbo.ods"),
    () => odsDecryptor.mock.calls.length,
  ],
  [
    "LibreOffice's encrypted .xls",
    "宁波xls.xls",
    "宁波市经济和信息化局",
    fixture("encrypted-xls/libreoffice-ningbo.xls"),
    () => xlsDecryptor.mock.calls.length,
  ],
] as const)("%s is decrypted once when sealed", (_what, name, unit, bytesOf, decryptionsOf) => {
  let input: Uint8Array;
  beforeAll(async () => {
    input = await bytesOf();
  });

  test("in the page", async () => {
    const candidate = await sealCandidate(input, name, new Date(Date.UTC(2021, 5, 20)), PASSWORD);
    await sealedBlob(candidate!, "李明", candidate!.analysis.issues.map(warningKey), "sealed.xlsx");
    expect(decryptionsOf(input)).toBe(1);
  });

  test("by qbench seal", async () => {
    const path = join(dir, name);
    writeFileSync(path, input);
    const outcome = await runSeal(path, {
      unit,
      by: "李明",
      confirmWarnings: true,
      today: new Date(Date.UTC(2021, 5, 20)),
      force: false,
      lang: "en",
      password: PASSWORD,
    });
    expect(outcome.status).toBe(0);
    expect(decryptionsOf(input)).toBe(1);
  });
});
