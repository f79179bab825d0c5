/**
 * A sealed sheet renamed, in each host the pane runs over: Excel lets the clerk rename a protected
 * sheet, and the preview must do what Excel does — the sheet keeps its worksheet id, so the seal is
 * still found and reported broken by the rename (not lost), unsealing finds the sheet, and marks
 * made before the rename are cleared after it.
 */
import { cellAddress } from "../../src/core/grid/address";
import type { CellValue } from "../../src/core/grid/cell";
import { MARK_FILL, type WorkbookAdapter } from "../../src/core/workbook";
import { OfficeWorkbookAdapter } from "../../src/office/OfficeWorkbookAdapter";
import { PreviewWorkbook } from "../../src/preview/PreviewWorkbook";
import { emptySheet } from "../../src/preview/workbook/sheet";
import { createPaneController } from "../../src/taskpane/state/PaneController";
import { FakeWorkbook, NO_FILL } from "../office/fakeExcel";
import { cleanRow, FORM_HEADINGS, headerBlockRow } from "../helpers/formRows";
import { sealAsClerk } from "../seal/addinForm";

const FORM_SHEET = "申报企业统计表";
/** A sheet beside the form, with a cell the pane marks too. */
const OTHER_SHEET = "说明";
const RENAMED = "2021年申报表";
const SEALED_ON = new Date(Date.UTC(2021, 5, 1));
const ROWS: CellValue[][] = [
  ["附件3"],
  ["2021年工业企业质量标杆申报企业统计表"],
  headerBlockRow(SEALED_ON),
  [],
  [...FORM_HEADINGS],
  cleanRow(1, "杭州海康有限公司"),
  cleanRow(2, "杭州大华有限公司"),
];

interface Host {
  readonly adapter: WorkbookAdapter;
  /** The clerk renames the sheet on its tab. */
  rename(from: string, to: string): void;
  /** The fill the clerk sees on a cell; undefined for none. */
  fill(sheet: string, cell: string): string | undefined;
  isProtected(sheet: string): boolean;
}

function excel(): Host {
  const book = new FakeWorkbook();
  book.addSheet(FORM_SHEET, ROWS);
  book.addSheet(OTHER_SHEET, [["填表说明"]]);
  return {
    adapter: new OfficeWorkbookAdapter(book.env()),
    rename: (from, to) => (book.sheet(from).name = to),
    fill: (sheet, cell) => {
      const fill = book.sheet(sheet).at(cell).fill;
      return fill.pattern === NO_FILL.pattern ? undefined : fill.color;
    },
    isProtected: (sheet) => book.sheet(sheet).protection !== undefined,
  };
}

function preview(): Host {
  const sheet = emptySheet(FORM_SHEET);
  ROWS.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null)
        sheet.cells.set(cellAddress(r + 1, c + 1), { value, style: value instanceof Date ? { format: "yyyy-mm-dd" } : {} });
    }),
  );
  const other = emptySheet(OTHER_SHEET);
  other.cells.set("A1", { value: "填表说明", style: {} });
  const book = new PreviewWorkbook([sheet, other]);
  return {
    adapter: book,
    rename: (from, to) => expect(book.renameSheet(from, to)).toEqual({ ok: true }),
    fill: (name, cell) => book.sheet(name)?.cells.get(cell)?.style.fill,
    isProtected: (name) => book.sheet(name)?.protection !== undefined,
  };
}

describe.each([
  ["Excel", excel],
  ["the preview", preview],
])("a sealed sheet renamed in %s", (_host, make) => {
  it("keeps its seal: reported broken by the rename, named by its new name, and unsealed by id", async () => {
    const host = make();
    const pane = createPaneController({ adapter: host.adapter, lang: "zh", toolVersion: "test", today: () => SEALED_ON });
    await sealAsClerk(pane);
    expect(pane.getState().analysis?.seal.state).toBe("valid");

    host.rename(FORM_SHEET, RENAMED);
    expect(host.isProtected(RENAMED)).toBe(true);
    await pane.runCheck();
    const analysis = pane.getState().analysis;
    expect(analysis?.sealedSheet).toBe(RENAMED);
    expect(analysis?.seal.state).toBe("broken");
    expect(analysis?.seal.changedCells).toEqual([]);
    expect(analysis?.seal.issues).toEqual([
      expect.objectContaining({
        code: "seal-broken",
        sheet: RENAMED,
        params: expect.objectContaining({ cells: `+${RENAMED}, -${FORM_SHEET}` }),
      }),
    ]);

    await pane.unseal("");
    expect(pane.getState().error).toBeUndefined();
    expect(host.isProtected(RENAMED)).toBe(false);
  });

  it("keeps its marks: clearing after the rename gives the cell its own fill back", async () => {
    const host = make();
    await host.adapter.readWorkbook();
    await host.adapter.markIssues([{ sheet: FORM_SHEET, cell: "D6", severity: "error", note: "所在市" }]);
    expect(host.fill(FORM_SHEET, "D6")).toBe(MARK_FILL.error);
    host.rename(FORM_SHEET, RENAMED);
    await host.adapter.readWorkbook();
    await host.adapter.clearMarks();
    expect(host.fill(RENAMED, "D6")).toBeUndefined();
  });

  it("clears the marks on every other sheet while one is protected, and keeps those on it until it is unprotected", async () => {
    const host = make();
    await host.adapter.readWorkbook();
    await host.adapter.markIssues([
      { sheet: FORM_SHEET, cell: "D6", severity: "error", note: "所在市" },
      { sheet: OTHER_SHEET, cell: "A1", severity: "warning", note: "说明" },
    ]);
    expect(host.fill(OTHER_SHEET, "A1")).toBe(MARK_FILL.warning);
    await host.adapter.protectSheet(FORM_SHEET);
    await host.adapter.clearMarks();
    expect(host.fill(OTHER_SHEET, "A1")).toBeUndefined();
    expect(host.fill(FORM_SHEET, "D6")).toBe(MARK_FILL.error);
    await host.adapter.unprotectSheet(FORM_SHEET);
    await host.adapter.clearMarks();
    expect(host.fill(FORM_SHEET, "D6")).toBeUndefined();
  });
});
