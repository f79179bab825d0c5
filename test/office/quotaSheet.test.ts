import { readFileSync } from "fs";
import { join } from "path";
import { SHEET_READ_MAX_CELLS, STORE_SHEET } from "../../src/core/workbook";
import { OfficeWorkbookAdapter } from "../../src/office/OfficeWorkbookAdapter";
import { createPaneController } from "../../src/taskpane/state/PaneController";
import { FakeWorkbook } from "./fakeExcel";

/*
 * 审查's quota table from a sheet of the open workbook, in Excel (through the fake object model):
 * the sheets listed as Excel lists them, the chosen sheet read wherever its table sits, and what is
 * wrong with it said beside the choice.
 */

const EXAMPLES = join(__dirname, "..", "..", "examples");
const TODAY = new Date("2021-06-20T10:00:00+08:00");
const NINGBO = "02-宁波市经济和信息化局.xlsx";

function paneOver(book: FakeWorkbook) {
  return createPaneController({ adapter: new OfficeWorkbookAdapter(book.env()), lang: "zh", toolVersion: "test", today: () => TODAY });
}

function ningbo() {
  const bytes = new Uint8Array(readFileSync(join(EXAMPLES, NINGBO)));
  return { name: NINGBO, arrayBuffer: async () => bytes.slice().buffer };
}

describe("the quota table from a sheet of the open workbook, in Excel", () => {
  it("lists the sheets in tab order without the add-in's very hidden store", async () => {
    const book = new FakeWorkbook();
    book.addSheet("申报企业统计表");
    book.addSheet(STORE_SHEET).visibility = "VeryHidden";
    book.addSheet("名额");
    const pane = paneOver(book);
    await pane.review.listSheets();
    expect(pane.review.getState().sheets).toEqual(["申报企业统计表", "名额"]);
  });

  it("reads the table where it sits on the sheet, and the review counts against it", async () => {
    const book = new FakeWorkbook();
    book.addSheet("名额", [["2021年名额分配"], [], ["推荐单位", "名额"], ["宁波市经济和信息化局", 2], ["浙江省经济和信息化厅", 5]], {
      row: 2,
      col: 3,
    });
    const pane = paneOver(book);
    await pane.review.chooseQuotaSheet("名额");
    expect(pane.review.getState()).toMatchObject({ quota: { kind: "sheet", sheet: "名额", units: 2 }, quotaError: undefined });

    pane.review.addFiles([ningbo()]);
    await pane.review.run();
    expect(pane.review.getState().error).toBeUndefined();
    const units = book.sheet("单位汇总");
    expect(units.cell(1, 7).value).toBe("名额上限");
    expect(units.cell(2, 1).value).toBe("宁波市经济和信息化局");
    expect(units.cell(2, 7).value).toBe(2);
  }, 60_000);

  it("says what is wrong with a sheet that is not a quota table, at the cell of the sheet", async () => {
    const book = new FakeWorkbook();
    book.addSheet("说明", [["填表说明"]]);
    book.addSheet(
      "名额",
      [
        ["推荐单位", "名额"],
        ["宁波市经济和信息化局", "三"],
      ],
      { row: 4, col: 2 },
    );
    const pane = paneOver(book);

    await pane.review.chooseQuotaSheet("说明");
    expect(pane.review.getState().quota).toBeUndefined();
    expect(pane.review.getState().quotaError).toEqual({ sheet: "说明", message: "工作表“说明”的前 10 行中没有“推荐单位”和“名额”两列" });

    await pane.review.chooseQuotaSheet("名额");
    expect(pane.review.getState().quotaError?.message).toBe("C5：名额“三”不是非负整数");
  });

  it("refuses a sheet deleted since it was listed, and one far larger than a table", async () => {
    const book = new FakeWorkbook();
    const rows = Math.ceil(SHEET_READ_MAX_CELLS / 10) + 1;
    book.addSheet("明细", [Array.from({ length: 10 }, (_, c) => c), ...Array.from({ length: rows - 1 }, () => [null]), ["末行"]]);
    const pane = paneOver(book);
    await pane.review.chooseQuotaSheet("已删除");
    expect(pane.review.getState().quotaError?.message).toMatch(/没有工作表“已删除”/);
    await pane.review.chooseQuotaSheet("明细");
    expect(pane.review.getState().quotaError?.message).toMatch(/超过作为表格读取的上限 50,000 个/);
    expect(book.largestRangeLoad).toBeLessThanOrEqual(SHEET_READ_MAX_CELLS);
  });
});
