import { SaxesParser } from "saxes";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { gridCell, type Grid } from "../../src/core/grid/grid";
import { readWorkbook, readWorkbookGrids } from "../../src/xlsx/readGrids";
import { readFailure, Unreadable, type UnreadableKind } from "../../src/xlsx/unreadable";
import { craftCfb, craftWorkbook, craftZip, writeBytes } from "./craft";

const dir = mkdtempSync(join(tmpdir(), "qbench-read-"));

async function unreadableKind(path: string): Promise<UnreadableKind> {
  try {
    await readWorkbook(path);
  } catch (e) {
    if (e instanceof Unreadable) {
      expect(e.reasonZh).toMatch(/[\u4e00-\u9fff]/);
      expect(e.reasonEn).toMatch(/[a-z]/);
      return e.kind;
    }
    throw e;
  }
  throw new Error(`${path} was read`);
}

describe("readWorkbookGrids on what Excel can hold", () => {
  let grid: Grid;
  const long = "长".repeat(32767);

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("数据");
    ws.getCell("B2").value = { richText: [{ text: "杭州" }, { font: { bold: true }, text: "海康威视" }] };
    ws.getCell("C2").value = { text: "官网", hyperlink: "https://example.com" };
    ws.getCell("D2").value = { formula: "1+2", result: 3 };
    ws.getCell("E2").value = { formula: '"a"&"b"', result: "ab" };
    ws.getCell("F2").value = new Date(Date.UTC(2021, 5, 10));
    ws.getCell("G2").value = { error: "#DIV/0!" };
    ws.getCell("H2").value = true;
    ws.getCell("I2").value = long;
    ws.getCell("J2").value = "第一行\n第二行";
    ws.getCell("K2").value = "=SUM(A1)";
    ws.getCell("B5").value = "合并";
    ws.mergeCells("B5:C6");
    wb.addWorksheet("隐藏", { state: "veryHidden" }).getCell("A1").value = "藏";
    await wb.xlsx.writeFile(join(dir, "kinds.xlsx"));
    grid = (await readWorkbookGrids(join(dir, "kinds.xlsx")))[0]!;
  });

  test("rich text is flattened, hyperlinks read as their text, formulas as their cached results", () => {
    expect(gridCell(grid, 2, 2)).toBe("杭州海康威视");
    expect(gridCell(grid, 2, 3)).toBe("官网");
    expect(gridCell(grid, 2, 4)).toBe(3);
    expect(gridCell(grid, 2, 5)).toBe("ab");
  });

  test("dates, error values, booleans, 32,767-character strings, line breaks and formula-like text", () => {
    expect(gridCell(grid, 2, 6)).toEqual(new Date(Date.UTC(2021, 5, 10)));
    expect(gridCell(grid, 2, 7)).toEqual({ error: "#DIV/0!" });
    expect(gridCell(grid, 2, 8)).toBe(true);
    expect(gridCell(grid, 2, 9)).toBe(long);
    expect(gridCell(grid, 2, 10)).toBe("第一行\n第二行");
    expect(gridCell(grid, 2, 11)).toBe("=SUM(A1)");
  });

  test("merged ranges and every sheet, hidden ones too", async () => {
    expect(grid.merges).toContainEqual({ top: 5, left: 2, bottom: 6, right: 3 });
    const { sheets, grids } = await readWorkbook(join(dir, "kinds.xlsx"));
    expect(sheets).toEqual([
      { name: "数据", state: "visible" },
      { name: "隐藏", state: "veryHidden" },
    ]);
    expect(gridCell(grids[1]!, 1, 1)).toBe("藏");
  });

  test("inline rich strings without phonetic guides, escaped control characters, the 1904 date system and custom date formats", async () => {
    const styles = `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="170" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="170"/><xf numFmtId="4"/></cellXfs></styleSheet>`;
    const strings = `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r><t>浙江</t></r><r><t xml:space="preserve">省</t></r><rPh><t>ぜ</t></rPh></si><si><t>a_x000D_b_x0007_</t></si></sst>`;
    const sheet = `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><t>行</t></r><r><t>内</t></r></is></c><c r="D1" s="1"><v>0</v></c><c r="E1" s="2"><v>1234.5</v></c><c r="F1" t="e"><v>#N/A</v></c></row></sheetData>`;
    const path = writeBytes(
      join(dir, "parts.xlsx"),
      craftZip(craftWorkbook(sheet, [{ name: "xl/sharedStrings.xml", data: strings }], { date1904: true, styles })),
    );
    const [g] = await readWorkbookGrids(path);
    expect(g!.values[0]).toEqual(["浙江省", "a\rb\u0007", "行内", new Date(Date.UTC(1904, 0, 1)), 1234.5, { error: "#N/A" }]);
  });

  test("Chinese text split across inflate chunks reads intact, however long the sheet", async () => {
    const path = join(dir, "long-zh.xlsx");
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
    const ws = wb.addWorksheet("表");
    const rowText = (i: number) => [`浙江某某科技有限公司${i}`, `杭州市余杭区文一西路${i}号`];
    for (let i = 0; i < 3000; i++) ws.addRow(rowText(i)).commit();
    ws.commit();
    await wb.commit();
    const [g] = await readWorkbookGrids(path);
    expect(g!.values).toHaveLength(3000);
    g!.values.forEach((row, i) => expect(row).toEqual(rowText(i)));
  });

  test("a sheet part too large to inflate in one piece streams, its Chinese text intact across chunk boundaries", async () => {
    const rowText = (i: number) => [`浙江某某科技有限公司${"甲".repeat(i % 7)}${i}`, `杭州市余杭区文一西路${i}号`];
    const rows = Array.from({ length: 45_000 }, (_v, i) => {
      const [a, b] = rowText(i);
      const r = i + 1;
      return `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${a}</t></is></c><c r="B${r}" t="inlineStr"><is><t>${b}</t></is></c></row>`;
    });
    const sheet = `<sheetData>${rows.join("")}</sheetData>`;
    expect(Buffer.byteLength(sheet)).toBeGreaterThan(8 * 1024 * 1024);
    const [g] = await readWorkbookGrids(writeBytes(join(dir, "streamed-zh.xlsx"), craftZip(craftWorkbook(sheet))));
    expect(g!.values).toHaveLength(45_000);
    g!.values.forEach((row, i) => expect(row).toEqual(rowText(i)));
  });

  test("a formula's error or date result, and a date in a built-in Chinese format", async () => {
    const styles = `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="31"/><xf numFmtId="14"/></cellXfs></styleSheet>`;
    const sheet = `<sheetData><row r="1"><c r="A1" s="1"><v>44357</v></c><c r="B1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="C1" s="2"><f>DATE(2021,6,1)</f><v>44348</v></c><c r="D1"><f>1+1</f><v>2</v></c></row></sheetData>`;
    const [g] = await readWorkbookGrids(writeBytes(join(dir, "results.xlsx"), craftZip(craftWorkbook(sheet, [], { styles }))));
    expect(g!.values[0]).toEqual([new Date(Date.UTC(2021, 5, 10)), { error: "#DIV/0!" }, new Date(Date.UTC(2021, 5, 1)), 2]);
  });

  test("a sheet claiming a million rows costs only its filled cells", async () => {
    const sheet = `<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>顶</t></is></c></row>${'<row r="2"/>'.repeat(50000)}<row r="1048576"><c r="XFD1048576"><v>7</v></c></row></sheetData>`;
    const path = writeBytes(join(dir, "million.xlsx"), craftZip(craftWorkbook(sheet)));
    const [g] = await readWorkbookGrids(path);
    expect(gridCell(g!, 1, 1)).toBe("顶");
    expect(gridCell(g!, 1048576, 16384)).toBe(7);
    expect(g!.values[1]).toEqual([]);
  });
});

describe("bad input is one clear Unreadable, never a crash (docs/domain/bad-input.md#unreadable-files)", () => {
  test("an empty file", async () => {
    expect(await unreadableKind(writeBytes(join(dir, "empty.xlsx"), ""))).toBe("empty");
  });

  test("a named pipe or a folder under a workbook's name is refused at once, not waited on", async () => {
    const pipe = join(dir, "pipe.xlsx");
    execFileSync("mkfifo", [pipe]);
    expect(await unreadableKind(pipe)).toBe("missing");
    const folder = join(dir, "folder.xlsx");
    mkdirSync(folder);
    await expect(readWorkbook(folder)).rejects.toMatchObject({ kind: "missing", reasonEn: "not a regular file" });
    await expect(readWorkbook(pipe)).rejects.toMatchObject({ reasonEn: "not a regular file" });
  });

  test("a corrupt zip: truncated, or garbage after the signature", async () => {
    const good = craftZip(craftWorkbook("<sheetData/>"));
    expect(await unreadableKind(writeBytes(join(dir, "truncated.xlsx"), good.subarray(0, good.length - 40)))).toBe("corrupt");
    expect(
      await unreadableKind(writeBytes(join(dir, "garbage.xlsx"), Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(300, 7)]))),
    ).toBe("corrupt");
  });

  test("a workbook whose XML is broken", async () => {
    const path = writeBytes(join(dir, "badxml.xlsx"), craftZip(craftWorkbook('<sheetData><row r="1"><c r="A1"><v>1</v></row>')));
    expect(await unreadableKind(path)).toBe("corrupt");
  });

  test("an encrypted workbook is told apart by content from a damaged legacy .xls/.et", async () => {
    expect(await unreadableKind(writeBytes(join(dir, "secret.xlsx"), craftCfb(["Root Entry", "EncryptionInfo", "EncryptedPackage"])))).toBe(
      "encrypted",
    );
    // A compound file whose Workbook stream holds no BIFF records: read as .xls, found damaged.
    expect(await unreadableKind(writeBytes(join(dir, "old.xls"), craftCfb(["Root Entry", "Workbook", "SummaryInformation"])))).toBe(
      "corrupt",
    );
    expect(await unreadableKind(writeBytes(join(dir, "wps.et"), craftCfb(["Root Entry", "Workbook"])))).toBe("corrupt");
  });

  test("a CSV renamed .xlsx is read as CSV; a zip that holds no workbook is not a workbook", async () => {
    const renamed = await readWorkbook(writeBytes(join(dir, "renamed.xlsx"), "序号,申报企业名称\n1,某某有限公司\n"));
    expect(renamed.format).toBe("csv");
    expect(renamed.grids[0]?.values[1]).toEqual([1, "某某有限公司"]);
    expect(await unreadableKind(writeBytes(join(dir, "doc.xlsx"), craftZip([{ name: "word/document.xml", data: "<w/>" }])))).toBe(
      "not-workbook",
    );
  });

  test("an empty workbook", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1");
    await wb.xlsx.writeFile(join(dir, "blank.xlsx"));
    expect(await unreadableKind(join(dir, "blank.xlsx"))).toBe("no-content");
  });

  test("a zip bomb is refused from its central directory, before inflating", async () => {
    const bomb = craftZip(craftWorkbook("<sheetData/>", [{ name: "xl/media/zeros.bin", data: Buffer.alloc(60 * 1024 * 1024) }]));
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(await unreadableKind(writeBytes(join(dir, "bomb.xlsx"), bomb))).toBe("too-large");
    const liar = craftZip(craftWorkbook("<sheetData/>"), (name, real) => (name === "xl/workbook.xml" ? 300 * 1024 * 1024 : real));
    expect(await unreadableKind(writeBytes(join(dir, "liar.xlsx"), liar))).toBe("too-large");
  });

  test("an entry that inflates beyond its declared size is refused", async () => {
    const sheet = `<sheetData><row r="1"><c r="A1"><v>${"1".repeat(5000)}</v></c></row></sheetData>`;
    const path = writeBytes(
      join(dir, "understated.xlsx"),
      craftZip(craftWorkbook(sheet), (name, real) => (name.includes("sheet1") ? 100 : real)),
    );
    expect(await unreadableKind(path)).toBe("corrupt");
  });

  test("a streamed sheet part that inflates beyond its declared size, or ends short of it, is refused", async () => {
    const rows = Array.from({ length: 200_000 }, (_v, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("");
    const sheet = `<sheetData>${rows}</sheetData>`;
    const real = Buffer.byteLength(sheet);
    expect(real).toBeGreaterThan(9 * 1024 * 1024);
    const declaring = (size: number, file: string) =>
      writeBytes(
        join(dir, file),
        craftZip(craftWorkbook(sheet), (name, actual) => (name.includes("sheet1") ? size : actual)),
      );
    await expect(readWorkbook(declaring(9 * 1024 * 1024, "streamed-understated.xlsx"))).rejects.toMatchObject({
      kind: "corrupt",
      reasonEn: expect.stringContaining("inflates beyond the size its zip directory declares"),
    });
    expect(await unreadableKind(declaring(real + 1000, "streamed-overstated.xlsx"))).toBe("corrupt");
  });

  test("more filled cells than the limit is refused, not read into memory", async () => {
    const cells = Array.from({ length: 200 }, (_v, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("");
    const path = writeBytes(join(dir, "many.xlsx"), craftZip(craftWorkbook(`<sheetData>${cells}</sheetData>`)));
    await expect(readWorkbook(path, { read: { maxCells: 100 } })).rejects.toMatchObject({ kind: "too-large" });
    expect((await readWorkbookGrids(path))[0]!.values).toHaveLength(200);
  });

  test("a real CSV is read as one sheet, GB18030 or UTF-8, phones kept as text", async () => {
    const gbk = Buffer.from([
      0xd0, 0xf2, 0xba, 0xc5, 0x2c, 0x31, 0x33, 0x39, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x0a, 0x31, 0x2c, 0x31, 0x32, 0x2e,
      0x35,
    ]);
    const [g] = await readWorkbookGrids(writeBytes(join(dir, "list.csv"), gbk));
    expect(g!.values).toEqual([
      ["序号", "13912345678"],
      [1, 12.5],
    ]);
    const [u] = await readWorkbookGrids(writeBytes(join(dir, "quoted.csv"), '\uFEFF"a,b","say ""hi"""\r\n'));
    expect(u!.values).toEqual([["a,b", 'say "hi"']]);
  });
});

describe("whose fault a failed reading is", () => {
  test("XML that is not well-formed is the file's: damaged", () => {
    const parser = new SaxesParser();
    let thrown: unknown;
    try {
      parser.write("<sheetData><row></sheetData>").close();
    } catch (e) {
      thrown = e;
    }
    expect(readFailure(thrown)).toMatchObject({ kind: "corrupt", reasonEn: expect.stringMatching(/^the file is damaged/) });
  });

  test("an error of the reader itself is ours: an internal error to report, not a damaged file", () => {
    const failure = readFailure(new TypeError("Cannot read properties of undefined (reading 'sheets')"));
    expect(failure.kind).toBe("internal");
    expect(failure.reasonZh).not.toMatch(/损坏/);
    expect(failure.reasonZh).toMatch(/本工具的问题.*报告/);
    expect(failure.reasonEn).toMatch(/our fault, not the file's.*report it/);
  });
});
