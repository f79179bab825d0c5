import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import * as XLSX from "@e965/xlsx";
import { filledLayout, filledWorkbook, writeWorkbook, ZHEJIANG_FORM } from "../../scripts/lib/formWorkbook";
import { runSeal } from "../../src/cli/seal";
import { runVerify } from "../../src/cli/verify";
import { FORM_COLUMNS } from "../../src/core/form/columns";
import { cellAddress } from "../../src/core/grid/address";
import type { Grid } from "../../src/core/grid/grid";
import type { LegacyKind } from "../../src/core/workbook";
import { legacyWorkbookOf } from "../../src/xlsx/legacy";
import { readWorkbook } from "../../src/xlsx/readGrids";
import { tempDir } from "./qbench";

jest.setTimeout(120_000);

const LAYOUT = filledLayout(ZHEJIANG_FORM);
const NOTE_ROW = LAYOUT.firstDataRow + LAYOUT.dataRowCount;
const THIN = { style: "thin", color: { argb: "FF000000" } };

/** What the seal reads of a sheet: its cells, formats, merges, hidden rows and columns, print area (not its protection). */
const sealed = (g: Grid) => ({
  ...g,
  layout: { hiddenRows: g.layout?.hiddenRows, hiddenColumns: g.layout?.hiddenColumns, printArea: g.layout?.printArea },
});

describe.each<[string, XLSX.BookType, LegacyKind]>([
  ["xls", "biff8", "xls"],
  ["et", "biff8", "xls"], // WPS saves .et as a BIFF8 file under its own extension
  ["ods", "ods", "ods"],
])("qbench seal of a .%s form writes a sealed .xlsx that prints like the template", (extension, bookType, kind) => {
  let source: string;
  let copy: string;
  let ws: ExcelJS.Worksheet;

  beforeAll(async () => {
    const dir = tempDir();
    const xlsx = join(dir, "form.xlsx");
    await writeWorkbook(filledWorkbook(ZHEJIANG_FORM).workbook, xlsx);
    source = join(dir, `form.${extension}`);
    const book = XLSX.read(readFileSync(xlsx), { cellNF: true, cellDates: false });
    writeFileSync(source, XLSX.write(book, { bookType, type: "buffer" }) as Buffer);
    const run = await runSeal(source, {
      unit: ZHEJIANG_FORM.unit,
      by: "李明",
      today: new Date(Date.UTC(2021, 5, 20)),
      confirmWarnings: false,
      force: false,
      lang: "zh",
    });
    expect([run.status, run.lines.join("\n")]).toEqual([0, expect.stringContaining("已另存为")]);
    copy = join(dir, "form-已封存.xlsx");
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(copy);
    ws = written.getWorksheet(LAYOUT.sheetName)!;
  });

  test("the seal of the written copy holds", async () => {
    const verify = await runVerify(copy, "zh");
    expect([verify.status, verify.lines.join("\n")]).toEqual([0, expect.stringContaining("封存有效")]);
  });

  test("A4 landscape fitted to one page wide, the header repeated; the seal's code and the template's page numbers in the footer", () => {
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe(`1:${LAYOUT.headerRow}`);
    expect(ws.headerFooter.oddFooter).toMatch(/^&L封存码 .*&C第 &P 页，共 &N 页$/);
  });

  test("every cell from the header down to the note is boxed, the blank prepared rows included; the header in bold 黑体", () => {
    for (let row = LAYOUT.headerRow; row < NOTE_ROW; row++) {
      for (let col = 1; col <= FORM_COLUMNS.length; col++) {
        const cell = ws.getCell(row, col);
        expect([cellAddress(row, col), cell.border]).toEqual([cellAddress(row, col), { top: THIN, left: THIN, bottom: THIN, right: THIN }]);
      }
    }
    expect(ws.getCell(LAYOUT.headerRow, 2).font).toMatchObject({ name: "黑体", bold: true });
    expect(ws.getCell(LAYOUT.firstDataRow, 2).font).toMatchObject({ name: "宋体" });
    expect(ws.getCell(NOTE_ROW, 1).border).toEqual({});
    // The template's widths; an amount column as wide as its largest amount needs, never narrower.
    LAYOUT.columnWidths.forEach((width, i) => {
      const own = ws.getColumn(i + 1).width;
      if (FORM_COLUMNS[i]!.kind === "money") expect(own).toBeGreaterThanOrEqual(width);
      else expect([i + 1, own]).toEqual([i + 1, width]);
    });
  });

  test("the form sheet holds exactly what the source holds: the same values, printed text, merges and layout", async () => {
    const own = (await legacyWorkbookOf(readFileSync(source), kind)).grids.find((g) => g.sheet === LAYOUT.sheetName)!;
    const written = (await readWorkbook(copy)).grids.find((g) => g.sheet === LAYOUT.sheetName)!;
    expect(sealed(written)).toEqual(sealed(own));
  });
});
