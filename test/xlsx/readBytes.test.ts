import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbookBytes } from "../../src/xlsx/readBytes";
import { readWorkbook } from "../../src/xlsx/readGrids";
import { craftWorkbook, craftZip, writeBytes } from "./craft";

/**
 * The web page reads dropped files through `readWorkbookBytes` (JSZip instead of yauzl, no file
 * system); it must read every file exactly as `qbench check` does from disk.
 */
const FORMATS = join(__dirname, "../fixtures/formats");
/** The fixtures' open password (scripts/gen-format-fixtures.ts). */
const PASSWORD = "质标2021";
const dir = mkdtempSync(join(tmpdir(), "qbench-bytes-"));
// Key derivation is slow by design (agile: 100,000 SHA-512 rounds; LibreOffice's .ods: 100,000 PBKDF2 rounds per part).
jest.setTimeout(60_000);

/** What a reading gives: the grids, or the kind of refusal (the libraries word the details of a damaged zip differently). */
const outcome = (p: Promise<unknown>) => p.catch((e: unknown) => ({ failed: (e as { kind?: string }).kind }));

describe("a file's bytes read like the file", () => {
  test.each(readdirSync(FORMATS))("%s", async (file) => {
    const path = join(FORMATS, file);
    expect(await outcome(readWorkbookBytes(readFileSync(path), file))).toEqual(await outcome(readWorkbook(path)));
  });

  const crafted: [string, string | Buffer][] = [
    ["prefixed.xlsx", "strict"],
    ["list.csv", "序号,申报企业名称\n1,杭州某某有限公司\n"],
    ["commas.csv", ",".repeat(100_000)],
    ["cut.xlsx", "cut"],
    ["nested.xlsx", "nested"],
  ];
  test.each(crafted)("%s", async (name, content) => {
    const bytes =
      content === "strict"
        ? craftZip(
            craftWorkbook(
              `<x:sheetData xmlns:x="http://purl.oclc.org/ooxml/spreadsheetml/main"><x:row><x:c t="inlineStr"><x:is><x:t>甲</x:t></x:is></x:c><x:c t="e"><x:v>#DIV/0!</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="A3:B4"/></x:mergeCells>`,
            ),
          )
        : content === "cut"
          ? craftZip(craftWorkbook("<sheetData/>")).subarray(0, 300)
          : content === "nested"
            ? craftZip(craftWorkbook(`<sheetData>${"<row>".repeat(100_000)}</sheetData>`))
            : Buffer.from(content);
    const path = writeBytes(join(dir, name), bytes);
    const fromBytes = await outcome(readWorkbookBytes(bytes, name));
    expect(fromBytes).toEqual(await outcome(readWorkbook(path)));
  });

  test("an encrypted workbook's bytes say it is encrypted and where to type the password", async () => {
    const bytes = readFileSync(join(FORMATS, "encrypted-agile.xlsx"));
    await expect(readWorkbookBytes(bytes, "x.xlsx")).rejects.toMatchObject({
      kind: "encrypted",
      message: expect.stringMatching(/「打开密码」.*“open password” field/),
    });
  });

  test.each([
    ["encrypted-agile.xlsx", "original.xlsx"],
    ["encrypted-standard.xlsx", "original.xlsx"],
    ["encrypted-libreoffice.ods", "libreoffice.ods"],
  ])("%s with its password reads like the file read with --password, and like %s unencrypted", async (file, plain) => {
    const path = join(FORMATS, file);
    const fromBytes = await readWorkbookBytes(readFileSync(path), file, {}, PASSWORD);
    expect(fromBytes).toEqual(await readWorkbook(path, { password: PASSWORD }));
    expect(fromBytes.grids).toEqual((await readWorkbook(join(FORMATS, plain))).grids);
  });

  test("LibreOffice 25.2's AES-GCM .ods with its password reads like the file read with --password", async () => {
    const path = join(FORMATS, "encrypted-libreoffice-gcm.ods");
    const fromBytes = await readWorkbookBytes(readFileSync(path), "x.ods", {}, PASSWORD);
    expect(fromBytes).toEqual(await readWorkbook(path, { password: PASSWORD }));
    expect(fromBytes.format).toBe("ods");
  });

  test.each(["encrypted-standard.xlsx", "encrypted-libreoffice.ods", "encrypted-libreoffice-gcm.ods"])(
    "%s: a wrong password says so, for the bytes as for the file",
    async (file) => {
      const path = join(FORMATS, file);
      const wrong = await outcome(readWorkbookBytes(readFileSync(path), "x.xlsx", {}, "质标2020"));
      expect(wrong).toEqual({ failed: "encrypted" });
      expect(wrong).toEqual(await outcome(readWorkbook(path, { password: "质标2020" })));
    },
  );
});
