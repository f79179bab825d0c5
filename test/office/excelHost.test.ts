/**
 * The adapter against the ways Excel fails that the kinder fake of earlier versions left out:
 * cell-edit mode, who raised a change event, an unrelated sheet too large to read, merged-area
 * limits, and the store's payload. Each test fails on the adapter as it was before the fix.
 */
import { regionByName } from "../../src/core/reference";
import { templateLayout } from "../../src/core/template/buildLayout";
import { MARK_FILL } from "../../src/core/workbook";
import { OfficeWorkbookAdapter } from "../../src/office/OfficeWorkbookAdapter";
import { officeEnv } from "../../src/office/officeEnv";
import { SYNC_PAYLOAD_BUDGET } from "../../src/office/payload";
import { createPaneController } from "../../src/taskpane/state/PaneController";
import { FakeWorkbook, NO_FILL, WEB_PAYLOAD_LIMIT } from "./fakeExcel";
import { cleanRow, FORM_HEADINGS, headerBlockRow } from "../helpers/formRows";
import { sealAsClerk } from "../seal/addinForm";
import { FORM_SHEET, formRows, setup, syncsOf } from "./formBook";

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

describe("cell-edit mode", () => {
  it("is refused by Excel for a batch run without delayForCellEdit", async () => {
    const { book } = setup(2);
    book.beginCellEdit();
    await expect(book.host().run({}, (context) => context.sync())).rejects.toThrow(/InvalidOperationInCellEditMode/);
  });

  it("holds the adapter's batches until the clerk leaves the cell, then reads", async () => {
    const { book } = setup(3);
    const adapter = new OfficeWorkbookAdapter(officeEnv(book.host()));
    book.beginCellEdit();
    let settled = false;
    const read = adapter.readWorkbook().finally(() => (settled = true));
    await tick(20);
    expect(settled).toBe(false);
    book.endCellEdit();
    const [grid] = await read;
    expect(grid!.sheet).toBe(FORM_SHEET);
  });

  it("in the live path, on a host that ignores the option, tries again quietly instead of showing an error", async () => {
    const book = new FakeWorkbook({ honoursDelayForCellEdit: false });
    book.addSheet(FORM_SHEET, formRows(3));
    const adapter = new OfficeWorkbookAdapter(book.env());
    const pane = createPaneController({
      adapter,
      lang: "zh",
      toolVersion: "test",
      debounceMs: 5,
      today: () => new Date(Date.UTC(2021, 5, 1)),
    });
    const stop = pane.start();
    await tick(30);
    book.userEdit(FORM_SHEET, "B6", "杭州改名有限公司");
    book.beginCellEdit();
    await tick(40);
    expect(pane.getState().error).toBeUndefined();
    book.endCellEdit();
    await tick(40);
    expect(pane.getState().error).toBeUndefined();
    expect(pane.getState().analysis?.form?.rows[0]?.values[1]).toBe("杭州改名有限公司");
    stop();
  });
});

describe("change events", () => {
  const follow = (adapter: OfficeWorkbookAdapter) => {
    const seen: string[] = [];
    const stop = adapter.onUserChange(
      (c) => seen.push(`${c.sheet}!${c.range ?? ""}`),
      (e) => {
        throw e;
      },
    );
    return { seen, stop };
  };

  it("with ExcelApi 1.14, tell the add-in's own writes from the clerk's edit that follows at once", async () => {
    const { book, adapter } = setup(3, { apiVersion: "1.14" });
    const { seen, stop } = follow(adapter);
    await tick();
    await adapter.writeCells([{ sheet: FORM_SHEET, cell: "M6", value: "备注" }]);
    book.advance(200);
    book.userEdit(FORM_SHEET, "C6", "abc");
    await tick(10);
    expect(seen).toEqual([`${FORM_SHEET}!C6`]);
    stop();
  });

  it("with ExcelApi 1.14, an echo of the add-in's own write that reaches it later than the fallback's second is still its own", async () => {
    const { book, adapter } = setup(3, { apiVersion: "1.14", eventLatencyMs: 1_500 });
    const { seen, stop } = follow(adapter);
    await tick();
    await adapter.writeCells([{ sheet: FORM_SHEET, cell: "M6", value: "备注" }]);
    book.advance(1_500);
    await tick(10);
    expect(seen).toEqual([]);
    book.userEdit(FORM_SHEET, "C6", "abc");
    await tick(10);
    expect(seen).toEqual([]);
    book.advance(1_500);
    await tick(10);
    expect(seen).toEqual([`${FORM_SHEET}!C6`]);
    stop();
  });

  it("are not muted around marks: fills raise no change event, so the clerk's edit right after is reported", async () => {
    const { book, adapter } = setup(3);
    const { seen, stop } = follow(adapter);
    await tick();
    await adapter.markIssues([{ sheet: FORM_SHEET, cell: "B6", severity: "error", note: "" }]);
    book.advance(100);
    book.userEdit(FORM_SHEET, "C7", "def");
    await tick(10);
    expect(seen).toEqual([`${FORM_SHEET}!C7`]);
    stop();
  });

  it("name the sheet without a round trip once it has been read", async () => {
    const { book, adapter } = setup(3, { apiVersion: "1.14" });
    await adapter.readWorkbook();
    const { seen, stop } = follow(adapter);
    await tick();
    const syncs = await syncsOf(book, async () => {
      book.userEdit(FORM_SHEET, "C6", "abc");
      await tick(10);
    });
    expect(seen).toEqual([`${FORM_SHEET}!C6`]);
    expect(syncs).toBe(0);
    stop();
  });
});

describe("only the form sheet is read", () => {
  it("a large unrelated sheet does not block the check, and none of its cells is loaded", async () => {
    const { book, adapter } = setup(5);
    const other = book.addSheet("原始数据");
    other.put(1, 1, { value: "x", type: "String", numberFormat: "General", fill: { ...NO_FILL } });
    other.put(300, 16_384, { value: "far", type: "String", numberFormat: "General", fill: { ...NO_FILL } });
    const grids = await adapter.readWorkbook();
    expect(grids.map((g) => g.sheet)).toEqual([FORM_SHEET, "原始数据"]);
    expect(grids[0]!.values[9]![1]).toBe("杭州某某5有限公司");
    expect(grids[1]!.values).toEqual([]);
    expect(book.largestRangeLoad).toBeLessThan(300 * 16_384);
  });

  it("after a change in the form, re-reads only the form, in one sync, and sees added rows", async () => {
    const { book, adapter } = setup(5);
    book.addSheet("说明", [["本表由推荐单位填写"]]);
    await adapter.readWorkbook();
    book.userEdit(FORM_SHEET, "B11", "杭州新增有限公司");
    const before = book.syncLog.length;
    const syncs = await syncsOf(book, async () => {
      const [grid] = await adapter.readWorkbook();
      expect(grid!.values[10]![1]).toBe("杭州新增有限公司");
    });
    expect(syncs).toBe(1);
    expect(book.syncLog.slice(before).every((s) => s.cellsLoaded > 0)).toBe(true);
  });

  it("finds the form again when the known sheet loses its header or is deleted", async () => {
    const book = new FakeWorkbook();
    book.addSheet("草稿", formRows(2));
    const adapter = new OfficeWorkbookAdapter(book.env());
    expect((await adapter.readWorkbook())[0]!.sheet).toBe("草稿");
    book.sheets.splice(0, 1);
    book.addSheet(FORM_SHEET, formRows(3));
    expect((await adapter.readWorkbook())[0]!.sheet).toBe(FORM_SHEET);
  });
});

describe("merged areas past Excel's limit of 512 a call", () => {
  /** One merged pair of cells in each of `rows` rows from `top`, inside the sheet's used range. */
  const mergeEveryRow = (book: FakeWorkbook, sheet: string, top: number, rows: number) => {
    for (let r = top; r < top + rows; r++) book.sheet(sheet).merges.push({ top: r, left: 12, bottom: r, right: 13 });
  };

  it("on an unrelated sheet do not stop the check", async () => {
    const { book, adapter } = setup(3, { apiVersion: "1.13" });
    const layout = book.addSheet("排版", [["x"]]);
    layout.put(600, 13, { value: "y", type: "String", numberFormat: "General", fill: { ...NO_FILL } });
    mergeEveryRow(book, "排版", 1, 600);
    const [grid] = await adapter.readWorkbook();
    expect(grid!.sheet).toBe(FORM_SHEET);
  });

  it("on the form sheet are read in bands, every one of them", async () => {
    const { book, adapter } = setup(700, { apiVersion: "1.13" });
    mergeEveryRow(book, FORM_SHEET, 6, 600);
    const [grid] = await adapter.readWorkbook();
    expect(grid!.merges).toHaveLength(600);
    const again = await adapter.readWorkbook();
    expect(again[0]!.merges).toHaveLength(600);
  });
});

describe("the store within the payload limit", () => {
  it("writes and reads back a store larger than one request, each sync within the budget", async () => {
    const { book, adapter } = setup(1);
    const row = (i: number) => ["cell", `B${i}`, "杭州某某有限公司全面质量管理经验".repeat(20)];
    const rows = Array.from({ length: 20_000 }, (_, i) => row(i));
    await adapter.writeStore(rows);
    expect(Math.max(...book.syncLog.map((s) => s.request))).toBeLessThanOrEqual(SYNC_PAYLOAD_BUDGET);
    expect(book.syncLog.reduce((n, s) => n + s.request, 0)).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
    expect(await adapter.readStore()).toEqual(rows);
  });
});

describe("round trips of one live cycle", () => {
  it("reads and marks a form that fits one budget in three syncs, for 10 rows as for 3,000", async () => {
    const cycle = async (rows: number) => {
      const { book, adapter } = setup(rows);
      const marks = Array.from({ length: rows }, (_, i) => ({
        sheet: FORM_SHEET,
        cell: `L${6 + i}`,
        severity: "warning" as const,
        note: "",
      }));
      await adapter.readWorkbook();
      await adapter.markIssues(marks);
      book.userEdit(FORM_SHEET, "B6", "杭州改名有限公司");
      return syncsOf(book, async () => {
        await adapter.readWorkbook();
        await adapter.markIssues(marks.slice(1));
      });
    };
    expect([await cycle(10), await cycle(3_000)]).toEqual([3, 3]);
  });
});

describe("fills Excel reports but cannot set", () => {
  const gradient = { color: "#4472C4", pattern: "LinearGradient", patternColor: "#FFFFFF", tintAndShade: 0 };

  it("a gradient-filled cell is left unmarked, and clearing the other marks works", async () => {
    const { book, adapter } = setup(3);
    const sheet = book.sheet(FORM_SHEET);
    sheet.put(6, 2, { ...sheet.cell(6, 2), fill: { ...gradient } });
    await adapter.markIssues([
      { sheet: FORM_SHEET, cell: "B6", severity: "error", note: "" },
      { sheet: FORM_SHEET, cell: "B7", severity: "error", note: "" },
    ]);
    expect(sheet.at("B6").fill).toEqual(gradient);
    expect(sheet.at("B7").fill.color).toBe(MARK_FILL.error);
    await adapter.clearMarks();
    expect(sheet.at("B6").fill).toEqual(gradient);
    expect(sheet.at("B7").fill.pattern).toBe("None");
  });

  it("a patterned fill comes back with its pattern tint, a theme colour with its tint", async () => {
    const { book, adapter } = setup(3);
    const sheet = book.sheet(FORM_SHEET);
    const hatched = { color: "#FFC000", pattern: "Gray25", patternColor: "#5B9BD5", tintAndShade: -0.25, patternTintAndShade: 0.4 };
    const themed = { color: "#ED7D31", pattern: "Solid", patternColor: "#000000", tintAndShade: 0.6 };
    sheet.put(6, 3, { ...sheet.cell(6, 3), fill: { ...hatched } });
    sheet.put(7, 3, { ...sheet.cell(7, 3), fill: { ...themed } });
    await adapter.markIssues(["C6", "C7"].map((cell) => ({ sheet: FORM_SHEET, cell, severity: "warning" as const, note: "" })));
    await adapter.clearMarks();
    expect(sheet.at("C6").fill).toEqual(hatched);
    expect(sheet.at("C7").fill).toEqual(themed);
  });
});

describe("undo and apostrophes", () => {
  it("undoes a fix of the text '=abc back to text, not to a formula (office-js #6687)", async () => {
    const { book, adapter } = setup(3);
    book.userEdit(FORM_SHEET, "M6", "'=abc");
    expect(book.sheet(FORM_SHEET).at("M6")).toMatchObject({ value: "=abc", type: "String" });
    const applied = await adapter.writeCells([{ sheet: FORM_SHEET, cell: "M6", value: "abc" }]);
    expect(applied[0]!.previousFormula).toBeUndefined();
    await adapter.writeCells(applied.map((a) => ({ sheet: a.sheet, cell: a.cell, value: a.previous })));
    const cell = book.sheet(FORM_SHEET).at("M6");
    expect(cell.formula).toBeUndefined();
    expect(cell).toMatchObject({ value: "=abc", type: "String" });
  });

  it("still undoes a real formula as a formula", async () => {
    const { book, adapter } = setup(3);
    const sheet = book.sheet(FORM_SHEET);
    sheet.put(6, 6, { ...sheet.cell(6, 6), value: 1500, type: "Double", formula: "=1000+500" });
    const applied = await adapter.writeCells([{ sheet: FORM_SHEET, cell: "F6", value: 1500 }]);
    expect(applied[0]!.previousFormula).toBe("=1000+500");
  });

  it("writes into a text-formatted (@) cell without an apostrophe, which Excel would keep", async () => {
    const { book, adapter } = setup(3);
    const sheet = book.sheet(FORM_SHEET);
    sheet.put(6, 12, { ...sheet.cell(6, 12), numberFormat: "@" });
    await adapter.writeCells([{ sheet: FORM_SHEET, cell: "L6", value: "0571-88888888" }]);
    expect(sheet.at("L6")).toMatchObject({ value: "0571-88888888", type: "String" });
    await adapter.writeCells([{ sheet: FORM_SHEET, cell: "L7", value: "0571-88888888" }]);
    expect(sheet.at("L7")).toMatchObject({ value: "0571-88888888", type: "String" });
  });
});

describe("a sealed (protected) sheet", () => {
  it("keeps its marks while clearing removes the marks on the other sheets", async () => {
    const { book, adapter } = setup(3);
    const draft = book.addSheet("草稿", formRows(2));
    await adapter.markIssues([
      { sheet: FORM_SHEET, cell: "B6", severity: "error", note: "" },
      { sheet: "草稿", cell: "B6", severity: "error", note: "" },
    ]);
    book.sheet(FORM_SHEET).protection = { password: "" };
    await adapter.clearMarks();
    expect(draft.at("B6").fill.pattern).toBe("None");
    expect(book.sheet(FORM_SHEET).at("B6").fill.color).toBe(MARK_FILL.error);
    book.sheet(FORM_SHEET).protection = undefined;
    await adapter.clearMarks();
    expect(book.sheet(FORM_SHEET).at("B6").fill.pattern).toBe("None");
  });

  it("keeps its marks through a rename: they are kept by worksheet id", async () => {
    const { book, adapter } = setup(3);
    await adapter.markIssues([{ sheet: FORM_SHEET, cell: "B6", severity: "error", note: "" }]);
    book.sheet(FORM_SHEET).name = "2021年申报表";
    await new OfficeWorkbookAdapter(book.env()).clearMarks();
    expect(book.sheet("2021年申报表").at("B6").fill.pattern).toBe("None");
  });
});

describe("data-validation texts", () => {
  it("are cut to Excel's limits, which the host enforces", async () => {
    const book = new FakeWorkbook();
    const adapter = new OfficeWorkbookAdapter(book.env());
    const layout = templateLayout({ year: 2021, region: regionByName("浙江省")! });
    const long = (n: number) => "请".repeat(n);
    const stretched = {
      ...layout,
      validations: layout.validations.map((v) => ({ ...v, prompt: { title: long(40), text: long(300), error: long(240) } })),
    };
    const name = await adapter.createFormSheet(stretched);
    const alerts = book.sheet(name).validations.map((v) => v.errorAlert as { title: string; message: string } | undefined);
    expect(alerts.some((a) => a?.message.length === 225 && a.title.length === 32)).toBe(true);
  });
});

describe("a sealed sheet renamed", () => {
  it("keeps its seal: the pane still finds it and names the rename as what broke it", async () => {
    const book = new FakeWorkbook();
    const sealedOn = new Date(Date.UTC(2021, 5, 1));
    book.addSheet(FORM_SHEET, [
      ["附件3"],
      ["2021年工业企业质量标杆申报企业统计表"],
      headerBlockRow(sealedOn),
      [],
      [...FORM_HEADINGS],
      cleanRow(1, "杭州海康有限公司"),
      cleanRow(2, "杭州大华有限公司"),
    ]);
    const pane = createPaneController({
      adapter: new OfficeWorkbookAdapter(book.env()),
      lang: "zh",
      toolVersion: "test",
      today: () => sealedOn,
    });
    await sealAsClerk(pane);
    expect(pane.getState().analysis?.seal.state).toBe("valid");
    book.sheet(FORM_SHEET).name = "2021年申报表";
    await pane.runCheck();
    const seal = pane.getState().analysis?.seal;
    expect(seal?.state).toBe("broken");
    expect(seal?.changedCells).toEqual([]);
    expect(seal?.issues).toEqual([
      expect.objectContaining({
        code: "seal-broken",
        sheet: "2021年申报表",
        params: expect.objectContaining({ cells: "+2021年申报表, -申报企业统计表" }),
      }),
    ]);
    expect(book.sheet("2021年申报表").protection).toBeDefined();
    await pane.unseal("");
    expect(pane.getState().error).toBeUndefined();
    expect(book.sheet("2021年申报表").protection).toBeUndefined();
    expect(pane.getState().analysis?.seal.state).toBe("none");
  });
});
