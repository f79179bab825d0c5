/**
 * The adapter against the ways Excel fails that the kinder fake of earlier versions left out:
 * cell-edit mode, who raised a change event, an unrelated sheet too large to read, merged-area
 * limits, and the store's payload. Each test fails on the adapter as it was before the fix.
 */
import { OfficeWorkbookAdapter } from "../../src/office/OfficeWorkbookAdapter";
import { officeEnv } from "../../src/office/officeEnv";
import { SYNC_PAYLOAD_BUDGET } from "../../src/office/payload";
import { PaneController } from "../../src/taskpane/state/PaneController";
import { FakeWorkbook, NO_FILL, WEB_PAYLOAD_LIMIT } from "./fakeExcel";
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
    const pane = new PaneController({
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
    expect(grids.map((g) => g.sheet)).toEqual([FORM_SHEET]);
    expect(grids[0]!.values[9]![1]).toBe("杭州某某5有限公司");
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
