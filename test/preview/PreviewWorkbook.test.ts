import type { LayoutStyle, TemplateLayout } from "../../src/core/template/layout";
import { PreviewWorkbook } from "../../src/preview/PreviewWorkbook";
import { MARK_FILL, type WorkbookChange } from "../../src/core/workbook";
import { emptySheet } from "../../src/preview/workbook/sheet";

const BOXED: LayoutStyle = {
  face: "body",
  size: 11,
  bold: false,
  horizontal: "left",
  vertical: "middle",
  wrap: true,
  shrinkToFit: false,
  border: "box",
};

/** A two-column form with one list column, enough to see what createFormSheet lays down. */
function layout(sheetName = "申报企业统计表"): TemplateLayout {
  return {
    sheetName,
    cells: [
      { address: "A1", value: "附件3", role: "annex" },
      { address: "A2", value: "2026年工业企业质量标杆申报企业统计表", role: "title" },
      { address: "A3", value: "序号", role: "header" },
      { address: "B3", value: "所在市", role: "header" },
      { address: "C3", value: "联系方式", role: "header" },
    ],
    merges: ["A2:C2"],
    columnWidths: [6, 12, 15],
    rowHeights: [{ row: 2, height: 36 }],
    headerRow: 3,
    firstDataRow: 4,
    dataRowCount: 3,
    listSheet: { name: "qbench_lists", columns: [{ heading: "所在市", values: ["杭州市", "宁波市"] }] },
    validations: [
      {
        kind: "list",
        range: "B4:B6",
        source: "'qbench_lists'!$A$2:$A$3",
        prompt: { title: "所在市", text: "选择", error: "不在列表中" },
      },
    ],
    numberFormats: [{ range: "C4:C6", format: "@" }],
    styles: [{ range: "A3:C6", style: BOXED }],
    fonts: { body: "宋体", title: "黑体" },
    frozenRows: 3,
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: "1:3",
      centerHorizontally: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      footerCenter: "第 &P 页",
    },
  };
}

async function formBook(): Promise<{ book: PreviewWorkbook; sheet: string }> {
  const book = new PreviewWorkbook();
  const sheet = await book.createFormSheet(layout());
  return { book, sheet };
}

describe("PreviewWorkbook as the pane's workbook", () => {
  it("creates the form under a free name, never overwriting a sheet that holds the name", async () => {
    const own = emptySheet("申报企业统计表");
    own.cells.set("A1", { value: "my notes", style: {} });
    const book = new PreviewWorkbook([own]);
    const first = await book.createFormSheet(layout());
    const second = await book.createFormSheet(layout());
    expect([first, second]).toEqual(["申报企业统计表 (2)", "申报企业统计表 (3)"]);
    expect(book.sheet("申报企业统计表")?.cells.get("A1")?.value).toBe("my notes");
    expect(await book.activeSheet()).toBe(second);
    const grids = await book.readWorkbook();
    const form = grids.find((g) => g.sheet === first)!;
    expect(form.origin).toEqual({ row: 1, col: 1 });
    expect(form.values[2]).toEqual(["序号", "所在市", "联系方式"]);
    expect(form.merges).toEqual([{ top: 2, left: 1, bottom: 2, right: 3 }]);
  });

  it("picks names case-insensitively and within Excel's 31 characters", async () => {
    const long = "工业企业质量标杆申报企业统计表工业企业质量标杆申报企业统计表"; // 30 characters
    const book = new PreviewWorkbook([emptySheet(long.toLowerCase())]);
    const name = await book.createFormSheet(layout(long));
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name.endsWith(" (2)")).toBe(true);
  });

  it("keeps each form's dropdown lists on its own hidden sheet that the form's list column reads", async () => {
    const { book, sheet } = await formBook();
    await book.createFormSheet(layout());
    const lists = book.sheets().filter((s) => s.name.startsWith("qbench_lists"));
    expect(lists.map((s) => [s.name, s.visibility])).toEqual([
      ["qbench_lists", "hidden"],
      ["qbench_lists (2)", "hidden"],
    ]);
    expect(book.listValues(sheet, 5, 2)).toEqual(["杭州市", "宁波市"]);
    expect(book.listValues(sheet, 5, 1)).toBeUndefined();
  });

  it("marks cells with the severity's fill, replacing earlier marks, and restores each cell's own fill and note when cleared", async () => {
    const { book, sheet } = await formBook();
    const s = book.sheet(sheet)!;
    s.cells.set("B4", { value: "杭州", style: { fill: "#00B0F0", border: true }, note: "clerk's own note" });
    await book.markIssues([
      { sheet, cell: "B4", severity: "warning", note: "简称" },
      { sheet, cell: "B4", severity: "error", note: "不在列表" },
      { sheet, cell: "C5", severity: "warning", note: "号码" },
    ]);
    expect(s.cells.get("B4")).toMatchObject({ style: { fill: MARK_FILL.error }, note: "简称\n不在列表" });
    expect(s.cells.get("C5")?.style.fill).toBe(MARK_FILL.warning);
    await book.markIssues([{ sheet, cell: "B4", severity: "warning", note: "again" }]);
    expect(s.cells.get("B4")?.style.fill).toBe(MARK_FILL.warning);
    expect(s.cells.get("C5")?.style.fill).toBeUndefined();
    await book.clearMarks();
    expect(s.cells.get("B4")).toEqual({ value: "杭州", style: { fill: "#00B0F0", border: true }, note: "clerk's own note" });
    expect(s.cells.get("C5")?.style.fill).toBeUndefined();
    expect(s.cells.get("C5")?.note).toBeUndefined();
    expect(s.cells.get("C5")?.style.border).toBe(true);
  });

  it("writes cells and returns what each held before, so that writing those back undoes the change", async () => {
    const { book, sheet } = await formBook();
    book.editCell(sheet, "B4", "杭州");
    const applied = await book.writeCells([
      { sheet, cell: "B4", value: "杭州市" },
      { sheet, cell: "$a$4", value: 1 },
    ]);
    expect(applied).toEqual([
      { sheet, cell: "B4", value: "杭州市", previous: "杭州" },
      { sheet, cell: "A4", value: 1, previous: null },
    ]);
    await book.writeCells(applied.map((a) => ({ sheet: a.sheet, cell: a.cell, value: a.previous })));
    const grid = (await book.readWorkbook()).find((g) => g.sheet === sheet)!;
    expect(grid.values[3]).toEqual([null, "杭州", null]);
  });

  it("round-trips the store and keeps its sheet very hidden", async () => {
    const book = new PreviewWorkbook();
    expect(await book.readStore()).toBeUndefined();
    await book.writeStore([["seal", "=not a formula"], [], ["quota", "", "3"]]);
    expect(await book.readStore()).toEqual([["seal", "=not a formula"], [], ["quota", "", "3"]]);
    await book.writeStore([["only"]]);
    expect(await book.readStore()).toEqual([["only"]]);
    expect(book.sheet("qbench_store")?.visibility).toBe("veryHidden");
    expect((await book.readWorkbook()).map((g) => g.sheet)).toEqual(["Sheet1"]);
  });

  it("refuses edits from the grid and writes from the pane while the sheet is protected", async () => {
    const { book, sheet } = await formBook();
    book.editCell(sheet, "B4", "杭州市");
    await book.protectSheet(sheet, "pw");
    expect(book.editCell(sheet, "B4", "宁波市")).toEqual({ ok: false, reason: "protected" });
    await expect(book.writeCells([{ sheet, cell: "B4", value: "x" }])).rejects.toThrow(/protected/);
    // Excel refuses formatting there too; the mark is left out, as the Office adapter leaves it out.
    await book.markIssues([{ sheet, cell: "B4", severity: "error", note: "x" }]);
    expect(book.sheet(sheet)?.cells.get("B4")?.style.fill).toBeUndefined();
    await book.protectSheet(sheet, "other"); // already protected: left as it is
    await expect(book.unprotectSheet(sheet, "wrong")).rejects.toThrow(/password/);
    await book.unprotectSheet(sheet, "pw");
    expect(book.editCell(sheet, "B4", "宁波市")).toEqual({ ok: true });
    expect(book.sheet(sheet)?.cells.get("B4")?.value).toBe("宁波市");
  });

  it("renames a sheet as Excel does: protected or not, refusing the names Excel refuses, keeping its id", async () => {
    const { book, sheet } = await formBook();
    const id = (await book.readWorkbook()).find((g) => g.sheet === sheet)!.id!;
    await book.protectSheet(sheet);
    const seen: WorkbookChange[] = [];
    book.onUserChange((c) => seen.push(c));
    expect(book.renameSheet(sheet, "a/b")).toEqual({ ok: false, reason: "invalid" });
    expect(book.renameSheet(sheet, "'引号")).toEqual({ ok: false, reason: "invalid" });
    expect(book.renameSheet(sheet, "x".repeat(32))).toEqual({ ok: false, reason: "invalid" });
    expect(book.renameSheet(sheet, " ")).toEqual({ ok: false, reason: "invalid" });
    expect(book.renameSheet(sheet, "history")).toEqual({ ok: false, reason: "reserved" });
    expect(book.renameSheet(sheet, "QBENCH_LISTS")).toEqual({ ok: false, reason: "taken" });
    expect(book.renameSheet(sheet, "2026年申报表")).toEqual({ ok: true });
    const grids = await book.readWorkbook();
    expect(grids.find((g) => g.id === id)?.sheet).toBe("2026年申报表");
    expect(book.sheet(id)?.name).toBe("2026年申报表");
    expect(book.selection().sheet).toBe("2026年申报表");
    // Excel raises no change event for a rename.
    expect(seen).toEqual([]);
  });

  it("keeps a dropdown reading its values after its source sheet is renamed", async () => {
    const { book, sheet } = await formBook();
    expect(book.renameSheet("qbench_lists", "名单")).toEqual({ ok: true });
    expect(book.listValues(sheet, 4, 2)).toEqual(["杭州市", "宁波市"]);
  });

  it("reports the person's edits to the pane but not the pane's own writes", async () => {
    const { book, sheet } = await formBook();
    const seen: WorkbookChange[] = [];
    const stop = book.onUserChange((c) => seen.push(c));
    await book.writeCells([{ sheet, cell: "B4", value: "杭州市" }]);
    await book.markIssues([{ sheet, cell: "B4", severity: "error", note: "x" }]);
    book.editCell(sheet, "b5", "宁波");
    book.editCell(sheet, "B5", "宁波"); // unchanged: Excel raises no change either
    stop();
    book.editCell(sheet, "B6", "温州");
    expect(seen).toEqual([{ sheet, range: "B5" }]);
  });

  it("stores typed entries as Excel would: numbers as numbers, text-formatted cells as text", async () => {
    const { book, sheet } = await formBook();
    book.editCell(sheet, "A4", "12000.50");
    book.editCell(sheet, "C4", "13912345678");
    book.editCell(sheet, "A5", "1,200");
    book.editCell(sheet, "A6", "'007");
    const values = book.sheet(sheet)!.cells;
    expect(values.get("A4")?.value).toBe(12000.5);
    expect(values.get("C4")?.value).toBe("13912345678");
    expect(values.get("A5")?.value).toBe("1,200");
    expect(values.get("A6")?.value).toBe("007");
    book.editCell(sheet, "A4", "");
    expect(values.get("A4")?.value).toBeNull();
  });

  it("selects the cell the pane asks for, on that sheet", async () => {
    const { book, sheet } = await formBook();
    book.select("Sheet1");
    await book.selectCell(sheet, "$d$7");
    expect(book.selection()).toEqual({ sheet, cell: "D7" });
    expect(await book.activeSheet()).toBe(sheet);
    await expect(book.selectCell("nope", "A1")).rejects.toThrow(/nope/);
  });
});
