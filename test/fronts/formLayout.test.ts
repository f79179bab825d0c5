import ExcelJS from "exceljs";
import { cellAddress, columnLetter } from "../../src/core/grid/address";
import type { CellValue } from "../../src/core/grid/cell";
import type { CellRange } from "../../src/core/grid/grid";
import { parseRange } from "../../src/core/grid/range";
import { regionByName } from "../../src/core/reference";
import { templateLayout } from "../../src/core/template/buildLayout";
import { OfficeWorkbookAdapter } from "../../src/office/OfficeWorkbookAdapter";
import { PreviewWorkbook } from "../../src/preview/PreviewWorkbook";
import { writeTemplateWorkbook } from "../../src/xlsx/writeTemplate";
import { FakeWorkbook } from "../office/fakeExcel";

/**
 * One form, three hosts: the template made in Excel (through the fake), in the browser preview
 * and in a file (written by exceljs and read back) holds the same cells, each with the same value
 * and number format, the same merges and the same dropdowns. The unit is typed like a formula:
 * it stays text everywhere.
 */
const UNIT = '=HYPERLINK("http://x","浙江省经济和信息化厅")';
const layout = templateLayout({ year: 2023, region: regionByName("浙江省")!, unit: UNIT, filler: "+王芳", phone: "0574-1234567" });
const LAST_ROW = layout.firstDataRow + layout.dataRowCount;
const LAST_COL = layout.columnWidths.length;

interface SheetSeen {
  /** `address → value | number format`, for every cell of the form that holds either. */
  readonly cells: Record<string, string>;
  readonly merges: string[];
  /** `cell → list source` for every cell with a dropdown. */
  readonly lists: string[];
  readonly formulas: number;
}

/** One entry per cell of the range (exceljs reads validations back cell by cell). */
function perCell(range: string, source: string): string[] {
  const area = parseRange(range)!;
  const out: string[] = [];
  for (let row = area.top; row <= area.bottom; row++)
    for (let col = area.left; col <= area.right; col++) out.push(`${cellAddress(row, col)} → ${source}`);
  return out;
}

const rangeText = (r: CellRange): string => `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`;
const absolute = (r: CellRange): string => `$${columnLetter(r.left)}$${r.top}:$${columnLetter(r.right)}$${r.bottom}`;
const shown = (value: CellValue | undefined, format: string | undefined): string | undefined => {
  const text = value === null || value === undefined || value === "" ? "" : JSON.stringify(value);
  const fmt = format === undefined || format === "General" ? "" : format;
  return text === "" && fmt === "" ? undefined : `${text} | ${fmt}`;
};

function seen(cell: (address: string) => string | undefined, merges: string[], lists: string[], formulas: number): SheetSeen {
  const cells: Record<string, string> = {};
  for (let row = 1; row <= LAST_ROW; row++)
    for (let col = 1; col <= LAST_COL; col++) {
      const address = cellAddress(row, col);
      const text = cell(address);
      if (text !== undefined) cells[address] = text;
    }
  return { cells, merges: [...merges].sort(), lists: [...lists].sort(), formulas };
}

async function inExcel(): Promise<SheetSeen> {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1");
  const sheet = book.sheet(await new OfficeWorkbookAdapter(book.env()).createFormSheet(layout));
  const formulas = [...sheet.cells.values()].filter((c) => c.formula !== undefined).length;
  return seen(
    (address) => {
      const c = sheet.at(address);
      return shown(c.type === "Empty" ? null : c.value, c.numberFormat);
    },
    sheet.merges.map(rangeText),
    sheet.validations.flatMap((v) => {
      const rule = v.rule as { list?: { source: string } } | undefined;
      return rule?.list ? perCell(v.address, rule.list.source.replace(/^=/, "")) : [];
    }),
    formulas,
  );
}

async function inPreview(): Promise<SheetSeen> {
  const book = new PreviewWorkbook();
  const sheet = book.sheet(await book.createFormSheet(layout))!;
  return seen(
    (address) => {
      const c = sheet.cells.get(address);
      return shown(c?.value, c?.style.format);
    },
    sheet.merges.map(rangeText),
    sheet.lists.flatMap((l) => perCell(rangeText(l.range), `'${l.source.sheet}'!${absolute(l.source.range)}`)),
    0,
  );
}

async function inFile(): Promise<SheetSeen> {
  const written = writeTemplateWorkbook(layout);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await written.xlsx.writeBuffer());
  const ws = workbook.getWorksheet(layout.sheetName)!;
  let formulas = 0;
  ws.eachRow((row) => row.eachCell((c) => (formulas += c.type === ExcelJS.ValueType.Formula ? 1 : 0)));
  const model = ws.model as unknown as { merges: string[] };
  const rules = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
  const lists = Object.entries(rules).flatMap(([range, dv]) => (dv.type === "list" ? perCell(range, String(dv.formulae[0])) : []));
  return seen(
    (address) => {
      const c = ws.getCell(address);
      return shown(c.isMerged && c.master.address !== c.address ? null : (c.value as CellValue), c.numFmt);
    },
    model.merges,
    lists,
    formulas,
  );
}

describe("the template is the same sheet in Excel, in the preview and in a file", () => {
  test("same cells with the same values and number formats, same merges, same dropdowns, no formula", async () => {
    const [excel, preview, file] = await Promise.all([inExcel(), inPreview(), inFile()]);
    expect(excel.cells["C3"]).toBe(`${JSON.stringify(UNIT)} | @`);
    expect(excel.cells["A5"]).toBe(`"序号" | @`);
    expect(excel.cells["F6"]).toBe(" | #,##0.00");
    expect(excel.lists).toContain("D6 → 'qbench_lists'!$A$2:$A$12");
    expect(excel.formulas).toBe(0);
    expect(file.formulas).toBe(0);
    expect(preview).toEqual(excel);
    expect(file).toEqual(excel);
  });
});

/**
 * A workbook given a 浙江省 form, then a 江苏省 one: the sheets it holds, each form's first 所在市
 * dropdown source, and the first column (所在市) of each list sheet.
 */
interface TwoForms {
  /** The sheets the forms added, sorted: a host may put a hidden list sheet before or after its form. */
  readonly sheets: string[];
  readonly sources: string[];
  readonly cities: string[][];
}

const SECOND = templateLayout({ year: 2023, region: regionByName("江苏省")! });
const CITY_CELL = cellAddress(layout.firstDataRow, 4);
const LIST_SHEETS = ["qbench_lists", "qbench_lists (2)"];
const added = (names: string[]): string[] => names.filter((n) => n !== "Sheet1").sort();
const listColumn = (height: number, at: (row: number) => unknown): string[] =>
  Array.from({ length: height }, (_, r) => String(at(r + 1) ?? "")).filter((v) => v !== "");

async function twoFormsInExcel(): Promise<TwoForms> {
  const book = new FakeWorkbook();
  const adapter = new OfficeWorkbookAdapter(book.env());
  const forms = [await adapter.createFormSheet(layout), await adapter.createFormSheet(SECOND)];
  const sources = forms.map((name) => {
    const rule = book.sheet(name).validations.find((v) => v.address.split(":")[0] === CITY_CELL)?.rule as { list?: { source: string } };
    return rule.list?.source.replace(/^=/, "") ?? "";
  });
  const cities = LIST_SHEETS.map((n) => listColumn(40, (row) => book.sheet(n).at(cellAddress(row, 1)).value));
  return { sheets: added(book.sheets.map((s) => s.name)), sources, cities };
}

async function twoFormsInPreview(): Promise<TwoForms> {
  const book = new PreviewWorkbook();
  const forms = [await book.createFormSheet(layout), await book.createFormSheet(SECOND)];
  const sources = forms.map((name) => {
    const list = book.sheet(name)!.lists.find((l) => cellAddress(l.range.top, l.range.left) === CITY_CELL)!;
    return `'${list.source.sheet}'!${absolute(list.source.range)}`;
  });
  const cities = LIST_SHEETS.map((n) => listColumn(40, (row) => book.sheet(n)!.cells.get(cellAddress(row, 1))?.value));
  return { sheets: added(book.sheets().map((s) => s.name)), sources, cities };
}

async function twoFormsInFile(): Promise<TwoForms> {
  const written = writeTemplateWorkbook(SECOND, writeTemplateWorkbook(layout));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await written.xlsx.writeBuffer());
  const forms = workbook.worksheets.filter((w) => w.state !== "hidden");
  const sources = forms.map((ws) => {
    const rules = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    return String(Object.entries(rules).find(([range]) => range.split(":")[0] === CITY_CELL)?.[1].formulae[0]);
  });
  const cities = LIST_SHEETS.map((n) => listColumn(40, (row) => workbook.getWorksheet(n)!.getCell(row, 1).value));
  return { sheets: added(workbook.worksheets.map((w) => w.name)), sources, cities };
}

describe("a second form in a workbook gets its own list sheet in every host", () => {
  test("a 江苏省 form added after a 浙江省 one leaves the first form's dropdowns and lists as they were", async () => {
    const [excel, preview, file] = await Promise.all([twoFormsInExcel(), twoFormsInPreview(), twoFormsInFile()]);
    expect(excel.sheets).toEqual([...LIST_SHEETS, "申报企业统计表", "申报企业统计表 (2)"]);
    expect(excel.sources).toEqual(["'qbench_lists'!$A$2:$A$12", "'qbench_lists (2)'!$A$2:$A$14"]);
    expect(excel.cities).toEqual([
      [layout.listSheet.columns[0]!.heading, ...layout.listSheet.columns[0]!.values],
      [SECOND.listSheet.columns[0]!.heading, ...SECOND.listSheet.columns[0]!.values],
    ]);
    expect(excel.cities[0]).toContain("杭州市");
    expect(excel.cities[1]).toContain("南京市");
    expect(preview).toEqual(excel);
    expect(file).toEqual(excel);
  });
});
