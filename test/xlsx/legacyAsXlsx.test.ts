import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import * as XLSX from "@e965/xlsx";
import { FORM_COLUMNS } from "../../src/core/form/columns";
import { cellAddress } from "../../src/core/grid/address";
import { regionByName } from "../../src/core/reference";
import { templateLayout } from "../../src/core/template/buildLayout";
import type { LegacyKind } from "../../src/core/workbook";
import { legacyAsXlsx, legacyWorkbookOf } from "../../src/xlsx/legacy";
import { readWorkbookBytes } from "../../src/xlsx/readBytes";

const FORMATS = join(__dirname, "../fixtures/formats");
const SHEET = "申报企业统计表";
/** The fixtures' form: header row 5, four enterprises in rows 6–9, blank prepared rows 10–15, the note in row 16. */
const HEADER_ROW = 5;
const NOTE_ROW = 16;
const TEMPLATE_WIDTHS = templateLayout({ year: 2021, region: regionByName("江苏省")! }).columnWidths;
const MONEY = new Set(FORM_COLUMNS.flatMap((c, i) => (c.kind === "money" ? [i + 1] : [])));

/** The `<col>` widths of a package's first worksheet, by column range. */
async function columnWidths(pkg: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(pkg);
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  return [...sheet.matchAll(/<col\b[^>]*?min="(\d+)"[^>]*?max="(\d+)"[^>]*?width="([\d.]+)"/g)].map((m) => `${m[1]}-${m[2]}:${m[3]}`);
}

async function worksheetOf(pkg: Uint8Array | Buffer, sheet = SHEET): Promise<{ book: ExcelJS.Workbook; ws: ExcelJS.Worksheet }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(pkg) as unknown as ExcelJS.Buffer);
  return { book, ws: book.getWorksheet(sheet)! };
}

const PRINT_FIELDS = [
  "paperSize",
  "orientation",
  "fitToPage",
  "fitToWidth",
  "fitToHeight",
  "horizontalCentered",
  "printTitlesRow",
  "margins",
];
const printOf = (ws: ExcelJS.Worksheet) => Object.fromEntries(PRINT_FIELDS.map((k) => [k, (ws.pageSetup as Record<string, unknown>)[k]]));
const look = (cell: ExcelJS.Cell) => ({
  border: cell.border ?? {},
  font: { name: cell.font?.name, bold: cell.font?.bold === true },
  horizontal: cell.alignment?.horizontal,
});

describe("a legacy workbook converted to .xlsx for its seal", () => {
  test("keeps the .xls's column widths, so the sealed copy prints its amounts instead of ###", async () => {
    const original = await columnWidths(readFileSync(join(FORMATS, "original.xlsx")));
    const converted = await columnWidths(await legacyAsXlsx(readFileSync(join(FORMATS, "libreoffice.xls")), "xls"));
    const widthOf = (widths: string[], column: number) =>
      widths.map((w) => w.split(/[-:]/).map(Number)).find(([min, max]) => min! <= column && column <= max!)?.[2];
    expect(original.length).toBeGreaterThan(4);
    for (const column of [1, 2, 3, 4, 5, 12]) expect(widthOf(converted, column)).toBeCloseTo(widthOf(original, column)!, 0);
  });
});

describe.each<[string, LegacyKind]>([
  ["libreoffice.xls", "xls"],
  ["libreoffice.ods", "ods"],
  ["sheetjs-biff8.xls", "xls"],
  ["wps-style.et", "xls"],
])("the sealed copy of %s prints like the template (qbench template)", (file, kind) => {
  let source: Buffer;
  let copy: Uint8Array;
  let ws: ExcelJS.Worksheet;
  let template: ExcelJS.Worksheet;

  beforeAll(async () => {
    source = readFileSync(join(FORMATS, file));
    copy = await legacyAsXlsx(source, kind);
    ({ ws } = await worksheetOf(copy));
    ({ ws: template } = await worksheetOf(readFileSync(join(FORMATS, "original.xlsx"))));
  });

  test("A4 landscape, all columns fitted to one page wide, centred, the template's margins, rows 1–5 repeated on every page", () => {
    expect(printOf(ws)).toEqual(printOf(template));
    expect(printOf(ws)).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:5" });
    expect(ws.headerFooter.oddFooter).toBe("&C第 &P 页，共 &N 页");
  });

  test("every cell of the table is boxed, the blank prepared rows 10–15 too; the header in bold 黑体, the data aligned as the template's", () => {
    for (let row = HEADER_ROW; row < NOTE_ROW; row++) {
      for (let col = 1; col <= FORM_COLUMNS.length; col++) {
        const at = cellAddress(row, col);
        expect([at, look(ws.getCell(at))]).toEqual([at, look(template.getCell(at))]);
      }
    }
    expect(ws.getCell("B12").border.left).toEqual({ style: "thin", color: { argb: "FF000000" } });
    expect(ws.getCell("A5").font).toMatchObject({ name: "黑体", bold: true });
  });

  test("the title, the header block, the unit note and the note look as the template's", () => {
    for (const at of ["A1", "A2", "A3", "C3", "E3", "F3", "H3", "K3", "L3", "M4", "A16"]) {
      expect([at, look(ws.getCell(at))]).toEqual([at, look(template.getCell(at))]);
    }
    expect(ws.getCell("A2").font).toMatchObject({ name: "黑体", bold: true, size: 18 });
    expect(ws.getRow(2).height).toBeGreaterThanOrEqual(36);
    expect(ws.getRow(HEADER_ROW).height).toBeGreaterThanOrEqual(30);
  });

  test("the template's column widths, an amount column widened only as far as its largest amount needs", () => {
    TEMPLATE_WIDTHS.forEach((width, i) => {
      const own = ws.getColumn(i + 1).width;
      if (MONEY.has(i + 1)) expect(own).toBeGreaterThanOrEqual(width);
      else expect([i + 1, own]).toEqual([i + 1, width]);
    });
    // 38,200,000,000.00 (row 8) prints whole: 13 digits and 4 separators.
    expect(ws.getColumn(6).width).toBeGreaterThanOrEqual(16);
  });

  test("holds the very grids the source reads as (values, number formats, merges, hidden rows and columns, print area), so the seal covers the same", async () => {
    const read = await readWorkbookBytes(copy, "copy.xlsx");
    expect(read.grids).toEqual((await legacyWorkbookOf(source, kind)).grids);
  });
});

describe("what SheetJS drops from an .ods is carried over", () => {
  test("the hidden list sheet stays hidden, and LibreOffice's row heights and column widths stay", async () => {
    const { book, ws } = await worksheetOf(await legacyAsXlsx(readFileSync(join(FORMATS, "libreoffice.ods")), "ods"));
    expect(book.worksheets.map((w) => [w.name, w.state])).toEqual([
      [SHEET, "visible"],
      ["qbench_lists", "hidden"],
    ]);
    // 0.4583in in the .ods; one line of text there would need 18 pt.
    expect(ws.getRow(6).height).toBeCloseTo(33, 0);
    expect(ws.getRow(7).height).toBeCloseTo(33, 0);
    const { ws: lists } = await worksheetOf(await legacyAsXlsx(readFileSync(join(FORMATS, "libreoffice.ods")), "ods"), "qbench_lists");
    expect(lists.getColumn(2).width).toBeCloseTo(42, 0);
  });
});

describe("a form laid out otherwise than the template", () => {
  /** A two-row header (经济指标 merged over the money columns, the rest merged down) at row 3, two rows, a hidden row, then the note. */
  function twoRowHeaderXlsb(): Uint8Array {
    const names = FORM_COLUMNS.map((c) => c.name);
    const upper = names.map((n, i) => (i >= 5 && i <= 8 ? (i === 5 ? "经济指标（万元）" : null) : n));
    const lower = names.map((n, i) => (i >= 5 && i <= 8 ? n : null));
    const row = (n: number) => [
      n,
      `企业${n}有限公司`,
      "经验",
      "杭州市",
      "通用设备制造业",
      100,
      90,
      20,
      10,
      "张三",
      "经理",
      "13900000000",
      null,
    ];
    const ws = XLSX.utils.aoa_to_sheet([
      ["2021年工业企业质量标杆申报企业统计表"],
      [],
      upper,
      lower,
      row(1),
      [],
      row(2),
      [],
      ["注：备注栏注明公布年度。"],
    ]);
    ws["!merges"] = [
      { s: { r: 2, c: 5 }, e: { r: 2, c: 8 } },
      ...names.flatMap((_n, c) => (c >= 5 && c <= 8 ? [] : [{ s: { r: 2, c }, e: { r: 3, c } }])),
    ];
    ws["!rows"] = [];
    ws["!rows"][5] = { hidden: true };
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, ws, "表");
    // SheetJS's BIFF8 writer drops hidden rows; its .xlsb writer keeps them.
    return XLSX.write(book, { bookType: "xlsb", type: "array" }) as Uint8Array;
  }

  test("both header rows are styled and boxed, every table row down to the note is boxed, and the hidden row stays hidden", async () => {
    const source = twoRowHeaderXlsb();
    const copy = await legacyAsXlsx(source, "xlsb");
    const { ws } = await worksheetOf(copy, "表");
    for (let row = 3; row <= 8; row++) {
      for (let col = 1; col <= FORM_COLUMNS.length; col++) {
        expect([cellAddress(row, col), ws.getCell(row, col).border.bottom?.style]).toEqual([cellAddress(row, col), "thin"]);
      }
    }
    for (const at of ["A3", "F3", "F4", "I4", "M3"])
      expect([at, ws.getCell(at).font?.name, ws.getCell(at).font?.bold]).toEqual([at, "黑体", true]);
    expect(ws.getCell("A9").border.bottom).toBeUndefined();
    expect(ws.pageSetup.printTitlesRow).toBe("1:4");
    expect(ws.getRow(6).hidden).toBe(true);
    expect((await readWorkbookBytes(copy, "copy.xlsx")).grids).toEqual((await legacyWorkbookOf(source, "xlsb")).grids);
  });
});
