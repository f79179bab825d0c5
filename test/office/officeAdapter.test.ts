import { regionByName } from "../../src/core/reference";
import { templateLayout } from "../../src/core/template/buildLayout";
import { OfficeWorkbookAdapter } from "../../src/office/OfficeWorkbookAdapter";
import { MARK_FILL } from "../../src/core/workbook";
import { READ_BLOCK_CELLS } from "../../src/office/readWorkbook";
import { FakeWorkbook, NO_FILL } from "./fakeExcel";
import { FORM_HEADINGS } from "../helpers/formRows";
import { setup as setupForm, syncsOf } from "./formBook";

function setup(rows: number, apiVersion = "1.9"): ReturnType<typeof setupForm> {
  return setupForm(rows, { apiVersion });
}

describe("the fake Excel object model", () => {
  it("refuses a property read before load and sync, as Office.js does", async () => {
    const { book } = setup(3);
    await expect(
      book.env().run(async (context) => {
        const range = context.workbook.worksheets.getItem("申报企业统计表").getRange("A1");
        range.load("values");
        return range.values;
      }),
    ).rejects.toThrow(/PropertyNotLoaded/);
  });
});

describe("reading the workbook", () => {
  it("returns every cell with its worksheet position", async () => {
    const { adapter } = setup(3);
    const [grid] = await adapter.readWorkbook();
    expect(grid!.sheet).toBe("申报企业统计表");
    expect(grid!.origin).toEqual({ row: 1, col: 1 });
    expect(grid!.values[4]).toEqual(FORM_HEADINGS);
    expect(grid!.values[5]!.slice(0, 6)).toEqual([1, "杭州某某1有限公司", "某某1全面质量管理经验", "杭州市", "通用设备制造业", 1001]);
    expect(grid!.values[5]![12]).toBeNull();
  });

  it("needs the same number of syncs for 10 and for 4,000 rows, in bounded blocks: three to find the form, one to read it again", async () => {
    const small = setup(10);
    const large = setup(4_000);
    const smallSyncs = await syncsOf(small.book, () => small.adapter.readWorkbook());
    const largeSyncs = await syncsOf(large.book, () => large.adapter.readWorkbook());
    expect(largeSyncs).toBe(smallSyncs);
    expect(smallSyncs).toBe(3);
    expect(await syncsOf(small.book, () => small.adapter.readWorkbook())).toBe(1);
    expect(await syncsOf(large.book, () => large.adapter.readWorkbook())).toBe(1);
    expect(large.book.largestRangeLoad).toBeLessThanOrEqual(READ_BLOCK_CELLS);
    const [grid] = await large.adapter.readWorkbook();
    expect(grid!.values).toHaveLength(4_005);
    expect(grid!.values[4_004]![1]).toBe("杭州某某4000有限公司");
  });

  it("turns Excel errors into error values and dated numbers in the header block into dates", async () => {
    const book = new FakeWorkbook();
    book.addSheet(
      "表",
      [
        ["时间：", new Date(Date.UTC(2021, 4, 20))],
        [{ error: "#DIV/0!" }, true],
      ],
      { row: 3, col: 2 },
    );
    const [grid] = await new OfficeWorkbookAdapter(book.env()).readWorkbook();
    expect(grid!.origin).toEqual({ row: 3, col: 2 });
    expect(grid!.values[0]![1]).toEqual(new Date(Date.UTC(2021, 4, 20)));
    expect(grid!.values[1]).toEqual([{ error: "#DIV/0!" }, true]);
  });

  it("reads a date-formatted number as a date in every row, as the exceljs readers do, in four syncs for 10,000 rows (and three to probe the date system, once)", async () => {
    const { book, adapter } = setup(10_000);
    const sheet = book.sheet("申报企业统计表");
    const remark = (row: number, value: number, numberFormat: string) =>
      sheet.put(row, 13, { value, type: "Double", numberFormat, fill: { ...NO_FILL } });
    remark(10_005, 43_819, "yyyy/m/d");
    remark(10_004, 0.5, "h:mm");
    remark(10_003, 43_819, "#,##0.00");
    const syncs = await syncsOf(book, async () => {
      const [grid] = await adapter.readWorkbook();
      expect(grid!.values[10_004]![12]).toEqual(new Date(Date.UTC(2019, 11, 20)));
      expect(grid!.values[10_003]![12]).toEqual(new Date(Date.UTC(1899, 11, 30, 12)));
      expect(grid!.values[10_002]![12]).toBe(43_819);
    });
    expect(syncs).toBe(4 + 3);
    expect(book.largestRangeLoad).toBeLessThanOrEqual(READ_BLOCK_CELLS);
  });

  it("reads merged areas where ExcelApi 1.13 is available, and none otherwise", async () => {
    const withMerges = setup(2, "1.13");
    withMerges.book.sheet("申报企业统计表").merges.push({ top: 2, left: 1, bottom: 2, right: 13 });
    const [grid] = await withMerges.adapter.readWorkbook();
    expect(grid!.merges).toEqual([{ top: 2, left: 1, bottom: 2, right: 13 }]);

    const without = setup(2, "1.9");
    without.book.sheet("申报企业统计表").merges.push({ top: 2, left: 1, bottom: 2, right: 13 });
    const [plain] = await without.adapter.readWorkbook();
    expect(plain!.merges).toEqual([]);
  });

  it("leaves out the add-in's store, and returns every sheet's head when no sheet holds the form", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Sheet1", [["名单"], ["张三"]]);
    book.addSheet("Sheet2");
    const adapter = new OfficeWorkbookAdapter(book.env());
    await adapter.writeStore([["seal", "x"]]);
    const grids = await adapter.readWorkbook();
    expect(grids.map((g) => g.sheet)).toEqual(["Sheet1", "Sheet2"]);
    expect(grids[0]!.values).toEqual([["名单"], ["张三"]]);
    expect(grids[1]!.values).toEqual([]);
  });
});

describe("marking issues", () => {
  const marksFor = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ sheet: "申报企业统计表", cell: `B${6 + i}`, severity: "error" as const, note: "x" }));

  it("needs the same number of syncs for 10 and for 10,000 marks, to mark and to clear", async () => {
    const small = setup(10);
    const large = setup(10_000);
    const markSmall = await syncsOf(small.book, () => small.adapter.markIssues(marksFor(10)));
    const markLarge = await syncsOf(large.book, () => large.adapter.markIssues(marksFor(10_000)));
    expect(markLarge).toBe(markSmall);
    const clearSmall = await syncsOf(small.book, () => small.adapter.clearMarks());
    const clearLarge = await syncsOf(large.book, () => large.adapter.clearMarks());
    expect(clearLarge).toBe(clearSmall);
    expect(large.book.sheet("申报企业统计表").at("B10005").fill.pattern).toBe("None");
  });

  it("colours cells by severity and restores the user's own fills exactly, even after the pane reloads", async () => {
    const { book, adapter } = setup(3);
    const sheet = book.sheet("申报企业统计表");
    sheet.at("C6");
    sheet.put(6, 3, { ...sheet.cell(6, 3), fill: { color: "#00B050", pattern: "Solid", patternColor: "#000000", tintAndShade: 0.4 } });
    sheet.put(7, 3, { ...sheet.cell(7, 3), fill: { color: "#FFFF00", pattern: "LightDown", patternColor: "#FF0000", tintAndShade: 0 } });
    const before = ["B6", "C6", "C7"].map((a) => ({ ...sheet.at(a).fill }));

    await adapter.markIssues([
      { sheet: "申报企业统计表", cell: "B6", severity: "error", note: "a" },
      { sheet: "申报企业统计表", cell: "C6", severity: "warning", note: "b" },
      { sheet: "申报企业统计表", cell: "C7", severity: "warning", note: "c" },
      { sheet: "申报企业统计表", cell: "C7", severity: "error", note: "d" },
    ]);
    expect(sheet.at("B6").fill).toMatchObject({ color: MARK_FILL.error, pattern: "Solid" });
    expect(sheet.at("C6").fill.color).toBe(MARK_FILL.warning);
    expect(sheet.at("C7").fill.color).toBe(MARK_FILL.error);

    const reloaded = new OfficeWorkbookAdapter(book.env());
    await reloaded.clearMarks();
    expect(["B6", "C6", "C7"].map((a) => sheet.at(a).fill)).toEqual(before);
  });

  it("marking again keeps the first remembered fill and restores cells no longer marked", async () => {
    const { book, adapter } = setup(3);
    const sheet = book.sheet("申报企业统计表");
    sheet.put(6, 2, { ...sheet.cell(6, 2), fill: { color: "#00B0F0", pattern: "Solid", patternColor: "#000000", tintAndShade: 0 } });
    await adapter.markIssues([
      { sheet: "申报企业统计表", cell: "B6", severity: "warning", note: "" },
      { sheet: "申报企业统计表", cell: "B7", severity: "error", note: "" },
    ]);
    await adapter.markIssues([{ sheet: "申报企业统计表", cell: "B6", severity: "error", note: "" }]);
    expect(sheet.at("B7").fill.pattern).toBe("None");
    expect(sheet.at("B6").fill.color).toBe(MARK_FILL.error);
    await adapter.clearMarks();
    expect(sheet.at("B6").fill).toEqual({ color: "#00B0F0", pattern: "Solid", patternColor: "#000000", tintAndShade: 0 });
  });

  it("leaves a cell the user re-coloured after marking as the user left it", async () => {
    const { book, adapter } = setup(2);
    const sheet = book.sheet("申报企业统计表");
    await adapter.markIssues([{ sheet: "申报企业统计表", cell: "D6", severity: "error", note: "" }]);
    sheet.put(6, 4, { ...sheet.cell(6, 4), fill: { color: "#7030A0", pattern: "Solid", patternColor: "#000000", tintAndShade: 0 } });
    await adapter.clearMarks();
    expect(sheet.at("D6").fill.color).toBe("#7030A0");
    expect(book.settings.size).toBe(0);
  });
});

describe("creating the form sheet", () => {
  const layout = templateLayout({ year: 2021, region: regionByName("浙江省")!, unit: '=HYPERLINK("x")' });

  it("never overwrites: a taken name gets a free variant, in the same number of syncs", async () => {
    const { book, adapter } = setup(2);
    const syncs = await syncsOf(book, async () => expect(await adapter.createFormSheet(layout)).toBe("申报企业统计表 (2)"));
    expect(await adapter.createFormSheet(layout)).toBe("申报企业统计表 (3)");
    expect(book.sheet("申报企业统计表").at("B6").value).toBe("杭州某某1有限公司");
    expect(syncs).toBe(2);
  });

  it("writes the layout: text stays text, merges, dropdown from the hidden list sheet, print setup, frozen header", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Sheet1");
    const name = await new OfficeWorkbookAdapter(book.env()).createFormSheet(layout);
    const sheet = book.sheet(name);
    expect(sheet.at("A2").value).toBe("2021年工业企业质量标杆申报企业统计表");
    expect(sheet.at("L3")).toMatchObject({ value: "2021年  月  日", type: "String", numberFormat: "@" });
    expect(sheet.at("C3")).toMatchObject({ value: '=HYPERLINK("x")', type: "String", numberFormat: "@" });
    expect(sheet.at("C3").formula).toBeUndefined();
    expect(sheet.merges).toContainEqual({ top: 2, left: 1, bottom: 2, right: 13 });
    expect(sheet.validations.find((v) => v.address === "D6:D35")?.rule).toEqual({
      list: { inCellDropDown: true, source: "='qbench_lists'!$A$2:$A$12" },
    });
    expect(sheet.at("G20").numberFormat).toBe("#,##0.00");
    expect(sheet.frozenRows).toBe(5);
    expect(sheet.page).toMatchObject({ orientation: "Landscape", paperSize: "A4", printTitleRows: "$1:$5" });
    expect(sheet.page.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(sheet.page["leftMargin"]).toBeCloseTo(28.8);
    expect(sheet.page["topMargin"]).toBeCloseTo(43.2);
    expect(sheet.page["footerMargin"]).toBeCloseTo(21.6);
    expect(sheet.footers.default.center).toBe("第 &P 页，共 &N 页");
    const lists = book.sheet("qbench_lists");
    expect(lists.visibility).toBe("Hidden");
    expect([lists.at("A1").value, lists.at("A2").value, lists.at("A3").value]).toEqual(["所在市", "杭州市", "宁波市"]);
    expect(sheet.validations.find((v) => v.address === "D6:D35")?.rule).toBeDefined();
    expect(book.activeSheet).toBe(name);
  });
});

describe("writing cells", () => {
  it("returns what each cell held, keeps text as text and undoes a formula exactly", async () => {
    const { book, adapter } = setup(2);
    const sheet = book.sheet("申报企业统计表");
    sheet.put(7, 9, { ...sheet.cell(7, 9), formula: "=H7-30", value: 60, type: "Double" });
    const applied = await adapter.writeCells([
      { sheet: "申报企业统计表", cell: "L6", value: "13812345678" },
      { sheet: "申报企业统计表", cell: "M6", value: '=HYPERLINK("x")' },
      { sheet: "申报企业统计表", cell: "I7", value: 61 },
    ]);
    expect(sheet.at("L6")).toMatchObject({ value: "13812345678", type: "String" });
    expect(sheet.at("M6").formula).toBeUndefined();
    expect(sheet.at("M6").value).toBe('=HYPERLINK("x")');
    expect(applied.map((a) => a.previous)).toEqual(["13812345678", null, 60]);
    expect(applied[2]!.previousFormula).toBe("=H7-30");

    await adapter.writeCells(
      applied.map((a) => ({
        sheet: a.sheet,
        cell: a.cell,
        value: a.previous,
        ...(a.previousFormula ? { formula: a.previousFormula } : {}),
      })),
    );
    expect(sheet.at("I7").formula).toBe("=H7-30");
    expect(sheet.at("M6").type).toBe("Empty");
  });

  it("selects a cell on its sheet", async () => {
    const { book, adapter } = setup(2);
    book.addSheet("Other");
    book.activeSheet = "Other";
    await adapter.selectCell("申报企业统计表", "C7");
    expect(book.selection).toEqual({ sheet: "申报企业统计表", address: "C7" });
    expect(await adapter.activeSheet()).toBe("申报企业统计表");
  });
});

describe("the hidden store", () => {
  it("is absent at first, then kept very hidden with every text exactly as written", async () => {
    const { book, adapter } = setup(1);
    expect(await adapter.readStore()).toBeUndefined();
    const rows = [
      ["qbench", "1"],
      ["seal", "007", "=1+1"],
      ["quota", "TRUE"],
    ];
    await adapter.writeStore(rows);
    expect(book.sheet("qbench_store").visibility).toBe("VeryHidden");
    expect(await adapter.readStore()).toEqual([
      ["qbench", "1", ""],
      ["seal", "007", "=1+1"],
      ["quota", "TRUE", ""],
    ]);
    await adapter.writeStore([["only"]]);
    expect(await adapter.readStore()).toEqual([["only"]]);
  });
});

describe("protection", () => {
  it("protects with a password and refuses to unprotect with a wrong one", async () => {
    const { book, adapter } = setup(1);
    await adapter.protectSheet("申报企业统计表", "s3cret");
    // As every seal protects (SEAL_PROTECTION): a reviewer may widen a column and filter, nothing more.
    expect(book.sheet("申报企业统计表").protection).toEqual({
      password: "s3cret",
      options: {
        allowAutoFilter: true,
        allowDeleteColumns: false,
        allowDeleteRows: false,
        allowEditObjects: false,
        allowEditScenarios: false,
        allowFormatCells: false,
        allowFormatColumns: true,
        allowFormatRows: true,
        allowInsertColumns: false,
        allowInsertHyperlinks: false,
        allowInsertRows: false,
        allowPivotTables: false,
        allowSort: false,
        selectionMode: "Normal",
      },
    });
    await expect(adapter.writeCells([{ sheet: "申报企业统计表", cell: "A6", value: 2 }])).rejects.toThrow(/protected/);
    await expect(adapter.unprotectSheet("申报企业统计表", "wrong")).rejects.toThrow(/password/);
    await adapter.unprotectSheet("申报企业统计表", "s3cret");
    expect(book.sheet("申报企业统计表").protection).toBeUndefined();
  });
});

describe("change events", () => {
  const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

  it("reports the user's typing but not the add-in's own writes, until unsubscribed", async () => {
    const { book, adapter } = setup(2);
    const seen: string[] = [];
    const errors: unknown[] = [];
    const stop = adapter.onUserChange(
      (c) => seen.push(`${c.sheet}!${c.range ?? ""}`),
      (e) => errors.push(e),
    );
    await tick();
    await adapter.writeCells([{ sheet: "申报企业统计表", cell: "B6", value: "新公司有限公司" }]);
    await tick();
    expect(seen).toEqual([]);
    book.advance(5_000);
    book.userEdit("申报企业统计表", "C6", "abc");
    await tick();
    expect(seen).toEqual(["申报企业统计表!C6"]);
    stop();
    await tick();
    book.userEdit("申报企业统计表", "C7", "def");
    await tick();
    expect(seen).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it("hands a failure to follow the changes to the caller instead of swallowing it", async () => {
    const { book } = setup(2);
    const env = book.env();
    const refused = new OfficeWorkbookAdapter({ ...env, run: () => Promise.reject(new Error("ApiNotFound")) });
    const errors: unknown[] = [];
    refused.onUserChange(
      () => undefined,
      (e) => errors.push(e),
    );
    await tick();
    expect(errors.map((e) => (e as Error).message)).toEqual(["ApiNotFound"]);
  });
});
