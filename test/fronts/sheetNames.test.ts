import ExcelJS from "exceljs";
import { regionByName } from "../../src/core/reference";
import { templateLayout } from "../../src/core/template/buildLayout";
import type { TemplateLayout } from "../../src/core/template/layout";
import { OfficeWorkbookAdapter } from "../../src/office/OfficeWorkbookAdapter";
import { PreviewWorkbook } from "../../src/preview/PreviewWorkbook";
import { emptySheet } from "../../src/preview/workbook/sheet";
import { writeTemplateWorkbook } from "../../src/xlsx/writeTemplate";
import { FakeWorkbook } from "../office/fakeExcel";

/**
 * One request for a form sheet gives one name, whichever host makes the sheet: Excel (through the
 * fake, which refuses names Excel refuses), the browser preview, and a file written by exceljs and
 * read back.
 */
const EXISTING = ["Sheet1", "申报企业统计表", "HISTORY (2)"];
const base = templateLayout({ year: 2021, region: regionByName("浙江省")! });
const layout = (sheetName: string): TemplateLayout => ({ ...base, sheetName });

async function inExcel(requested: string): Promise<string> {
  const book = new FakeWorkbook();
  for (const name of EXISTING) book.addSheet(name);
  const name = await new OfficeWorkbookAdapter(book.env()).createFormSheet(layout(requested));
  expect(book.sheets.map((s) => s.name)).toContain(name);
  return name;
}

async function inPreview(requested: string): Promise<string> {
  const book = new PreviewWorkbook(EXISTING.map((name) => emptySheet(name)));
  return book.createFormSheet(layout(requested));
}

async function inFile(requested: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const name of EXISTING) workbook.addWorksheet(name);
  writeTemplateWorkbook(layout(requested), workbook);
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load(await workbook.xlsx.writeBuffer());
  const added = reread.worksheets.map((w) => w.name).filter((n) => !EXISTING.includes(n) && !n.startsWith("qbench_lists"));
  expect(added).toHaveLength(1);
  return added[0]!;
}

describe("the same requested sheet name gives the same sheet in every host", () => {
  test.each([
    ["申报企业统计表", "申报企业统计表 (2)"],
    ["2021/06 统计表[终稿]", "202106 统计表终稿"],
    ["'sheet1'", "sheet1 (2)"],
    ["History", "History (3)"],
    [
      "浙江省经济和信息化厅工业企业质量标杆申报企业统计表（2021年度第一批次）",
      "浙江省经济和信息化厅工业企业质量标杆申报企业统计表（2021年",
    ],
    ["?*:", "Sheet"],
  ])("%j → %j", async (requested, expected) => {
    const names = await Promise.all([inExcel(requested), inPreview(requested), inFile(requested)]);
    expect(names).toEqual([expected, expected, expected]);
  });
});
