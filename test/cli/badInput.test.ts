import { mkdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { BatchReport } from "../../src/core/report";
import { ZipArchive } from "../../src/xlsx/zip";
import { filledWorkbook, writeWorkbook, ZHEJIANG_FORM, ZHEJIANG_ROWS } from "../../scripts/lib/formWorkbook";
import { craftCfb, craftWorkbook, craftZip, writeBytes } from "../xlsx/craft";
import { ensureBuilt, qbench, tempDir } from "./qbench";

jest.setTimeout(180_000);

describe("qbench check over a folder of bad input (docs/domain/bad-input.md)", () => {
  let dir: string;
  let report: BatchReport;
  let status: number;

  beforeAll(async () => {
    ensureBuilt();
    dir = tempDir();
    const inbox = join(dir, "inbox");
    mkdirSync(inbox);
    const good = filledWorkbook(ZHEJIANG_FORM);
    await writeWorkbook(good.workbook, join(inbox, "00-good.xlsx"));
    writeBytes(join(inbox, "01-empty.xlsx"), "");
    writeBytes(join(inbox, "02-corrupt.xlsx"), Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(500, 1)]));
    writeBytes(join(inbox, "03-encrypted.xlsx"), craftCfb(["Root Entry", "EncryptionInfo", "EncryptedPackage"]));
    writeBytes(join(inbox, "04-legacy.xls"), craftCfb(["Root Entry", "Workbook"]));
    writeBytes(join(inbox, "05-legacy.et"), craftCfb(["Root Entry", "Workbook"]));
    writeBytes(join(inbox, "06-renamed-csv.xlsx"), "序号,申报企业名称\n1,杭州某某有限公司\n");
    writeBytes(
      join(inbox, "07-bomb.xlsx"),
      craftZip(craftWorkbook("<sheetData/>", [{ name: "xl/media/zeros.bin", data: Buffer.alloc(60 * 1024 * 1024) }])),
    );
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet("Sheet1");
    await empty.xlsx.writeFile(join(inbox, "08-empty-workbook.xlsx"));
    writeBytes(
      join(inbox, "09-million-rows.xlsx"),
      craftZip(
        craftWorkbook(
          `<dimension ref="A1:XFD1048576"/><sheetData><row r="1048576"><c r="A1048576" t="inlineStr"><is><t>底</t></is></c></row></sheetData>`,
        ),
      ),
    );
    writeBytes(join(inbox, "notes.txt"), "not a workbook and not walked");
    const run = qbench(["check", inbox, "--json", "--today", "2021-06-20", "--report", join(dir, "report.xlsx")]);
    status = run.status;
    report = JSON.parse(run.stdout) as BatchReport;
  });

  test("each bad file is one unreadable entry with a Chinese and English reason; the batch goes on", () => {
    const byName = new Map(report.files.map((f) => [f.path.split("/").pop()!, f]));
    expect([...byName.keys()]).toEqual([
      "00-good.xlsx",
      "01-empty.xlsx",
      "02-corrupt.xlsx",
      "03-encrypted.xlsx",
      "04-legacy.xls",
      "05-legacy.et",
      "06-renamed-csv.xlsx",
      "07-bomb.xlsx",
      "08-empty-workbook.xlsx",
      "09-million-rows.xlsx",
    ]);
    expect(byName.get("00-good.xlsx")).toMatchObject({ status: "ok", rowCount: 4 });
    // Sniffed by content: a CSV under a workbook's name is read as the CSV it is.
    expect(byName.get("06-renamed-csv.xlsx")).toMatchObject({ status: "invalid", format: "csv" });
    const reasons: Record<string, RegExp> = {
      "01-empty.xlsx": /文件为空.*empty/,
      "02-corrupt.xlsx": /损坏.*damaged/,
      "03-encrypted.xlsx": /密码.*encrypted/,
      "04-legacy.xls": /损坏.*damaged/,
      "05-legacy.et": /损坏.*damaged/,
      "07-bomb.xlsx": /压缩炸弹.*zip bomb/,
      "08-empty-workbook.xlsx": /空的.*empty/,
    };
    for (const [name, reason] of Object.entries(reasons)) {
      const f = byName.get(name)!;
      expect({ name, status: f.status, codes: f.issues.map((i) => i.code) }).toEqual({ name, status: "unreadable", codes: ["unreadable"] });
      expect(f.issues[0]!.message).toMatch(reason);
    }
    expect(byName.get("09-million-rows.xlsx")!.issues.map((i) => i.code)).toContain("sheet-not-found");
  });

  test("unreadable input makes the exit status 2, and the summary counts it", () => {
    expect(status).toBe(2);
    expect(report.summary).toMatchObject({ files: 10, ok: 1, unreadable: 7, invalid: 2 });
  });

  test("the .xlsx report lists unreadable files and writes every text as a string cell, never a formula", async () => {
    const zip = await ZipArchive.open(join(dir, "report.xlsx"));
    try {
      const sheet = (await zip.readText("xl/worksheets/sheet1.xml"))!;
      expect(sheet).not.toContain("<f>");
      const strings = (await zip.readText("xl/sharedStrings.xml"))!;
      expect(strings).toContain("03-encrypted.xlsx");
    } finally {
      zip.close();
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "report.xlsx"));
    const units = wb.getWorksheet("单位汇总")!;
    expect(units.rowCount).toBe(11);
    const corrupt = units.getRow(4);
    expect(String(corrupt.getCell(2).value)).toMatch(/02-corrupt\.xlsx$/);
    expect(corrupt.getCell(15).value).toBe("无法读取");
    expect(String(corrupt.getCell(16).value)).toMatch(/^无法读取：文件已损坏/);
  });

  test("bad usage exits 2: no such option, an unknown region, nothing to check", () => {
    expect(qbench(["check", dir, "--no-such-option"]).status).toBe(2);
    const region = qbench(["check", dir, "--region", "火星"]);
    expect(region.status).toBe(2);
    expect(region.stderr).toContain("无法识别的地区");
    mkdirSync(join(dir, "nothing"));
    expect(qbench(["check", join(dir, "nothing")]).status).toBe(2);
  });
});

describe("text that looks like a formula stays text in the report", () => {
  test("an enterprise named =HYPERLINK(…) or +, -, @ is written as a string cell", async () => {
    ensureBuilt();
    const dir = tempDir();
    const names = ['=HYPERLINK("http://x","点我")', "+86有限公司", "-1有限公司", "@某某有限公司"];
    const rows = ZHEJIANG_ROWS.map((r, i) => ({ seq: i + 1, ...r, enterprise: names[i]! }));
    await writeWorkbook(
      filledWorkbook({
        year: 2021,
        unit: "浙江省经济和信息化厅",
        filler: "李明",
        phone: "0571-87054321",
        date: new Date(Date.UTC(2021, 5, 10)),
        rows,
      }).workbook,
      join(dir, "f.xlsx"),
    );
    expect(qbench(["check", join(dir, "f.xlsx"), "--report", join(dir, "r.xlsx"), "--today", "2021-06-20"]).status).toBeLessThan(2);
    const zip = await ZipArchive.open(join(dir, "r.xlsx"));
    try {
      for (const part of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"])
        expect(await zip.readText(part)).not.toContain("<f>");
      const strings = (await zip.readText("xl/sharedStrings.xml"))!;
      expect(strings).toContain("=HYPERLINK(&quot;http://x&quot;,&quot;点我&quot;)");
      expect(strings).toContain("@某某有限公司");
    } finally {
      zip.close();
    }
  });
});
