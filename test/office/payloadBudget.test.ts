import { cellAddress } from "../../src/core/grid/address";
import { clearMarks, markIssues } from "../../src/office/marks";
import { MARK_FILL, type CellMark } from "../../src/core/workbook";
import { SYNC_PAYLOAD_BUDGET } from "../../src/office/payload";
import { CELLS_PER_READ_SYNC, HEAD_ROWS, readWorkbook } from "../../src/office/readWorkbook";
import { FakeWorkbook, NO_FILL, WEB_PAYLOAD_LIMIT, type SyncRecord } from "./fakeExcel";
import { FORM_SHEET, formRows, setup, syncsOf } from "./formBook";

/** The largest request or response among the syncs since `from`. */
function largestPayload(book: FakeWorkbook, from = 0): number {
  return book.syncLog.slice(from).reduce((max, s: SyncRecord) => Math.max(max, s.request, s.response), 0);
}

function cellsLoaded(book: FakeWorkbook, from = 0): number {
  return book.syncLog.slice(from).reduce((n, s) => n + s.cellsLoaded, 0);
}

/** Marked cells that never touch each other: B6, D7, B8, D9 … so that no two share a range. */
function scatteredMarks(n: number): CellMark[] {
  return Array.from({ length: n }, (_, i) => ({
    sheet: FORM_SHEET,
    cell: cellAddress(6 + i, i % 2 === 0 ? 2 : 4),
    severity: "warning" as const,
    note: "",
  }));
}

describe("reading within Excel on the web's payload limit", () => {
  it("reads 10 and 5,000 rows in the same three syncs, none carrying more than the budget", async () => {
    const small = setup(10);
    const large = setup(5_000);
    const smallSyncs = await syncsOf(small.book, () => small.adapter.readWorkbook());
    const largeSyncs = await syncsOf(large.book, () => large.adapter.readWorkbook());
    expect([smallSyncs, largeSyncs]).toEqual([3, 3]);
    expect(largestPayload(large.book)).toBeLessThanOrEqual(SYNC_PAYLOAD_BUDGET);
  });

  it("reads 60,000 rows in more syncs, each within the budget, exactly as one unbatched read", async () => {
    const { book, adapter } = setup(60_000);
    const syncs = await syncsOf(book, async () => {
      const grids = await adapter.readWorkbook();
      const unbatchedBook = new FakeWorkbook({ payloadLimit: Number.POSITIVE_INFINITY });
      unbatchedBook.addSheet(FORM_SHEET, formRows(60_000));
      expect(grids).toEqual(await readWorkbook(unbatchedBook.env(), Number.POSITIVE_INFINITY));
      expect(unbatchedBook.syncCount).toBe(3);
      expect(grids[0]!.values).toHaveLength(60_005);
      expect(grids[0]!.values[60_004]![1]).toBe("杭州某某60000有限公司");
    });
    expect(syncs).toBeGreaterThan(3);
    expect(largestPayload(book)).toBeLessThanOrEqual(SYNC_PAYLOAD_BUDGET);
    expect(Math.max(...book.syncLog.map((s) => s.cellsLoaded))).toBeLessThanOrEqual(CELLS_PER_READ_SYNC);
    // The head once to find the form, then every cell once with its value, type and format: nothing twice.
    expect(cellsLoaded(book)).toBe(HEAD_ROWS * 13 + 60_005 * 13);
  });

  it("retries in halves a sync Excel refuses for its size, and reads the same cells", async () => {
    const essay = "全面质量管理".repeat(200);
    const rows = formRows(3_000).map((row, i) => (i >= 5 ? [...row.slice(0, 12), essay] : row));
    const book = new FakeWorkbook();
    book.addSheet(FORM_SHEET, rows);
    const grids = await readWorkbook(book.env());
    expect(book.syncLog.some((s) => s.response > WEB_PAYLOAD_LIMIT)).toBe(true);
    expect(book.syncLog.filter((s) => s.response <= WEB_PAYLOAD_LIMIT).length).toBeGreaterThan(3);

    const unbatched = new FakeWorkbook({ payloadLimit: Number.POSITIVE_INFINITY });
    unbatched.addSheet(FORM_SHEET, rows);
    expect(grids).toEqual(await readWorkbook(unbatched.env(), Number.POSITIVE_INFINITY));
  });

  it("reads down to the last value only, whatever formatting lies below it", async () => {
    const { book, adapter } = setup(10);
    const sheet = book.sheet(FORM_SHEET);
    for (const row of [200_000, 1_048_576])
      sheet.put(row, 3, { value: "", type: "Empty", numberFormat: "@", fill: { ...NO_FILL, pattern: "Solid", color: "#FFFF00" } });
    const syncs = await syncsOf(book, async () => expect((await adapter.readWorkbook())[0]!.values).toHaveLength(15));
    expect(syncs).toBe(3);
  });

  it("finds a stray value far below the table without reading the empty rows between", async () => {
    const { book, adapter } = setup(10);
    book.sheet(FORM_SHEET).put(900_000, 2, { value: "stray", type: "String", numberFormat: "General", fill: { ...NO_FILL } });
    const syncs = await syncsOf(book, async () => {
      const [grid] = await adapter.readWorkbook();
      expect(grid!.values).toHaveLength(900_000);
      expect(grid!.values[899_999]![1]).toBe("stray");
      expect(grid!.values[500_000]).toEqual([]);
      expect(grid!.values[14]![1]).toBe("杭州某某10有限公司");
    });
    expect(syncs).toBe(4);
    expect(cellsLoaded(book)).toBeLessThan(1_000);
  });

  it("refuses with a clear message a form sheet whose filled area would not fit in memory", async () => {
    const { book, adapter } = setup(10);
    book.sheet(FORM_SHEET).put(200, 16_384, { value: "far", type: "String", numberFormat: "General", fill: { ...NO_FILL } });
    await expect(adapter.readWorkbook()).rejects.toThrow(/2,000,000/);
    // Only the head searched for the form was loaded.
    expect(cellsLoaded(book)).toBe(15 * 13);
  });
});

describe("marking within the payload limit", () => {
  it("marks and clears 10,000 cells in a column in the same two syncs as 10, and scattered ones in a few more", async () => {
    const column = (n: number): CellMark[] =>
      Array.from({ length: n }, (_, i) => ({ sheet: FORM_SHEET, cell: `L${6 + i}`, severity: "error" as const, note: "" }));
    const small = setup(10);
    const large = setup(10_000);
    const scattered = setup(10_000);
    const mark = [
      await syncsOf(small.book, () => small.adapter.markIssues(column(10))),
      await syncsOf(large.book, () => large.adapter.markIssues(column(10_000))),
    ];
    const clear = [
      await syncsOf(small.book, () => small.adapter.clearMarks()),
      await syncsOf(large.book, () => large.adapter.clearMarks()),
    ];
    expect([mark, clear]).toEqual([
      [2, 2],
      [2, 2],
    ]);

    // Ten thousand separate ranges do not fit one request: the writes take a few syncs, not one per cell.
    const markScattered = await syncsOf(scattered.book, () => scattered.adapter.markIssues(scatteredMarks(10_000)));
    expect(scattered.book.sheet(FORM_SHEET).at("D10005").fill.color).toBe(MARK_FILL.warning);
    const clearScattered = await syncsOf(scattered.book, () => scattered.adapter.clearMarks());
    expect(scattered.book.sheet(FORM_SHEET).at("D10005").fill).toEqual(NO_FILL);
    expect([markScattered, clearScattered].every((n) => n > 2 && n <= 6)).toBe(true);
    expect(Math.max(largestPayload(large.book), largestPayload(scattered.book))).toBeLessThanOrEqual(SYNC_PAYLOAD_BUDGET);
  });

  it("marks 30,000 scattered cells in more syncs, each within the budget, and clearing restores every fill", async () => {
    const { book } = setup(30_000);
    const env = book.env();
    const sheet = book.sheet(FORM_SHEET);
    const own = { color: "#00B050", pattern: "Solid", patternColor: "#000000", tintAndShade: 0.4 };
    sheet.put(20_000, 4, { ...sheet.cell(20_000, 4), fill: { ...own } });
    const marks = scatteredMarks(30_000);

    expect(await syncsOf(book, () => markIssues(env, marks))).toBeGreaterThan(2);
    expect(marks.every((m) => sheet.at(m.cell).fill.color === MARK_FILL.warning)).toBe(true);
    expect(await syncsOf(book, () => clearMarks(env))).toBeGreaterThan(2);
    expect(marks.every((m) => sheet.at(m.cell).fill.pattern === (m.cell === "D20000" ? "Solid" : "None"))).toBe(true);
    expect(sheet.at("D20000").fill).toEqual(own);
    expect(book.settings.size).toBe(0);
    expect(largestPayload(book)).toBeLessThanOrEqual(SYNC_PAYLOAD_BUDGET);
  });

  it("still clears marks remembered by the previous version of the add-in", async () => {
    const { book, adapter } = setup(3);
    const sheet = book.sheet(FORM_SHEET);
    const own = { color: "#00B0F0", pattern: "Solid", patternColor: "#000000", tintAndShade: 0 };
    sheet.put(6, 2, { ...sheet.cell(6, 2), fill: { color: MARK_FILL.error, pattern: "Solid", patternColor: "#000000", tintAndShade: 0 } });
    book.settings.set(
      "qbench.marks",
      JSON.stringify({
        version: 2,
        fills: [[own.pattern, own.color, own.patternColor, own.tintAndShade]],
        sheets: { [FORM_SHEET]: [["B6", MARK_FILL.error, 0]] },
      }),
    );
    await adapter.clearMarks();
    expect(sheet.at("B6").fill).toEqual(own);
  });
});

describe("writing cells within the payload limit", () => {
  const changes = (n: number) => Array.from({ length: n }, (_, i) => ({ sheet: FORM_SHEET, cell: `L${6 + i}`, value: "0571-87654321" }));

  it("writes 10 and 5,000 cells in the same two syncs, and 30,000 in more, each within the budget", async () => {
    const small = setup(10);
    const large = setup(30_000);
    expect(await syncsOf(small.book, () => small.adapter.writeCells(changes(10)))).toBe(2);
    expect(await syncsOf(large.book, () => large.adapter.writeCells(changes(5_000)))).toBe(2);
    const applied = await large.adapter.writeCells(changes(30_000));
    expect(applied[29_999]).toMatchObject({ cell: "L30005", previous: "13812345678" });
    expect(applied[4_999]).toMatchObject({ cell: "L5005", previous: "0571-87654321" });
    expect(large.book.syncLog.length).toBeGreaterThan(6);
    expect(largestPayload(large.book)).toBeLessThanOrEqual(SYNC_PAYLOAD_BUDGET);
    expect(large.book.sheet(FORM_SHEET).at("L30005")).toMatchObject({ value: "0571-87654321", type: "String" });
  });
});
