/**
 * Workbooks in the 1904 date system (Excel's option, the Mac's default before Excel 2011): their
 * serials count from 1904-01-01, 1,462 days fewer than the 1900 system's for the same date.
 */
import { STORE_SHEET } from "../../src/core/workbook";
import { OfficeWorkbookAdapter } from "../../src/office/OfficeWorkbookAdapter";
import { undoChanges } from "../../src/taskpane/state/fixes";
import { FakeWorkbook } from "./fakeExcel";
import { FORM_SHEET, formRows, syncsOf } from "./formBook";

const REMARK_DATE = new Date(Date.UTC(2021, 2, 15));

/** The form with a date in the first row's remark column (M6). */
function bookWithDate(date1904: boolean): { book: FakeWorkbook; adapter: OfficeWorkbookAdapter } {
  const book = new FakeWorkbook({ date1904 });
  const rows = formRows(3);
  rows[5]![12] = REMARK_DATE;
  book.addSheet(FORM_SHEET, rows);
  return { book, adapter: new OfficeWorkbookAdapter(book.env()) };
}

describe("the date system", () => {
  for (const date1904 of [false, true]) {
    it(`reads a date as the same day in a ${date1904 ? "1904" : "1900"} workbook`, async () => {
      const { book, adapter } = bookWithDate(date1904);
      expect(book.sheet(FORM_SHEET).at("M6").value).toBe(date1904 ? 44270 - 1462 : 44270);
      const [grid] = await adapter.readWorkbook();
      expect(grid!.values[5]![12]).toEqual(REMARK_DATE);
    });
  }

  it("is probed once, and leaves the probe cell empty and the store sheet very hidden", async () => {
    const { book, adapter } = bookWithDate(true);
    await adapter.readWorkbook();
    const store = book.sheet(STORE_SHEET);
    expect(store.visibility).toBe("VeryHidden");
    expect(store.cells.size).toBe(0);
    expect(await syncsOf(book, () => adapter.readWorkbook())).toBe(1);
  });

  it("is not probed for a form without dates", async () => {
    const book = new FakeWorkbook({ date1904: true });
    book.addSheet(FORM_SHEET, formRows(3));
    await new OfficeWorkbookAdapter(book.env()).readWorkbook();
    expect(book.sheets.map((s) => s.name)).toEqual([FORM_SHEET]);
  });

  for (const date1904 of [false, true]) {
    it(`says what a date cell held and undoes a fix on it to the same day in a ${date1904 ? "1904" : "1900"} workbook`, async () => {
      const { book, adapter } = bookWithDate(date1904);
      const serial = book.sheet(FORM_SHEET).at("M6").value;
      const applied = await adapter.writeCells([{ sheet: FORM_SHEET, cell: "M6", value: "见附件" }]);
      expect(applied[0]!.previous).toEqual(REMARK_DATE);

      await adapter.writeCells(undoChanges(applied));
      expect(book.sheet(FORM_SHEET).at("M6").value).toBe(serial);
      const [grid] = await adapter.readWorkbook();
      expect(grid!.values[5]![12]).toEqual(REMARK_DATE);
    });

    it(`writes a date as the same day in a ${date1904 ? "1904" : "1900"} workbook`, async () => {
      const { book, adapter } = bookWithDate(date1904);
      const later = new Date(Date.UTC(2022, 0, 31));
      await adapter.writeCells([{ sheet: FORM_SHEET, cell: "M6", value: later }]);
      expect(book.sheet(FORM_SHEET).at("M6").value).toBe(date1904 ? 44592 - 1462 : 44592);
      const [grid] = await adapter.readWorkbook();
      expect(grid!.values[5]![12]).toEqual(later);
    });
  }

  it("is probed once for reads and writes alike", async () => {
    const { book, adapter } = bookWithDate(true);
    await adapter.writeCells([{ sheet: FORM_SHEET, cell: "M6", value: REMARK_DATE }]);
    expect(await syncsOf(book, () => adapter.readWorkbook())).toBe(3);
    expect(await syncsOf(book, () => adapter.writeCells([{ sheet: FORM_SHEET, cell: "M6", value: REMARK_DATE }]))).toBe(2);
  });

  it("keeps an existing store's rows when probing", async () => {
    const { adapter } = bookWithDate(true);
    await adapter.writeStore([["qbench", "1"]]);
    const [grid] = await adapter.readWorkbook();
    expect(grid!.values[5]![12]).toEqual(REMARK_DATE);
    expect(await adapter.readStore()).toEqual([["qbench", "1"]]);
  });
});
