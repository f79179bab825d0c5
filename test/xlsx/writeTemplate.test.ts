import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { regionByName } from "../../src/core/reference";
import { templateLayout } from "../../src/core/template/buildLayout";
import { writeTemplateFile, writeTemplateWorkbook } from "../../src/xlsx/writeTemplate";
import { ZipArchive } from "../../src/xlsx/zip";

const layout = templateLayout({ year: 2021, region: regionByName("浙江省")!, unit: "=浙江省经济和信息化厅" });

async function parts(path: string, names: string[]): Promise<string[]> {
  const zip = await ZipArchive.open(path);
  try {
    return await Promise.all(names.map(async (n) => (await zip.readText(n)) ?? ""));
  } finally {
    zip.close();
  }
}

describe("writeTemplateWorkbook", () => {
  const path = join(mkdtempSync(join(tmpdir(), "qbench-tpl-")), "t.xlsx");
  beforeAll(() => writeTemplateFile(layout, path));

  test("dropdowns point at the hidden list sheet, never at an inline list", async () => {
    const [sheet, workbook] = await parts(path, ["xl/worksheets/sheet1.xml", "xl/workbook.xml"]);
    const lists = [...sheet!.matchAll(/<dataValidation type="list"[^>]*sqref="([^"]+)"[^>]*><formula1>([^<]+)<\/formula1>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(lists).toEqual([
      ["D6:D35", "&apos;qbench_lists&apos;!$A$2:$A$12"],
      ["E6:E35", "&apos;qbench_lists&apos;!$B$2:$B$98"],
    ]);
    expect(workbook).toMatch(/<sheet [^>]*name="qbench_lists" state="hidden"/);
  });

  test("A4 landscape, one page wide, rows 1–5 repeated, frozen under the header", async () => {
    const [sheet, workbook] = await parts(path, ["xl/worksheets/sheet1.xml", "xl/workbook.xml"]);
    expect(sheet).toMatch(/<pageSetup paperSize="9" orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"/);
    expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(sheet).toMatch(/<pane ySplit="5" topLeftCell="A6"[^>]*state="frozen"/);
    expect(workbook).toContain("&apos;申报企业统计表&apos;!$1:$5</definedName>");
  });

  test("header-block values are written as text even when they start like a formula", async () => {
    const [sheet] = await parts(path, ["xl/worksheets/sheet1.xml"]);
    expect(sheet).toMatch(/<c r="C3"[^>]*t="s"/);
    expect(sheet).not.toContain("<f>");
  });

  test("a second form in the same workbook gets free sheet names and its own list sheet", () => {
    const wb = writeTemplateWorkbook(layout);
    writeTemplateWorkbook(templateLayout({ year: 2021, region: regionByName("江苏省")! }), wb);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["申报企业统计表", "qbench_lists", "申报企业统计表 (2)", "qbench_lists (2)"]);
    const dv = (
      wb.getWorksheet("申报企业统计表 (2)") as ExcelJS.Worksheet & { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
    ).dataValidations.model["D6:D35"];
    expect(dv?.formulae).toEqual(["'qbench_lists (2)'!$A$2:$A$14"]);
  });
});
