import type { CellValue } from "../../src/core/grid/cell";
import { REVIEW_MARK_FILL, type ReviewSheet } from "../../src/core/review";
import { SYNC_PAYLOAD_BUDGET } from "../../src/office/payload";
import { addReviewSheets } from "../../src/office/reviewSheets";
import { FakeWorkbook, NO_FILL } from "./fakeExcel";
import { FORM_SHEET, setup, syncsOf } from "./formBook";

function sheet(kind: ReviewSheet["kind"], name: string, rows: CellValue[][], marked: number[] = []): ReviewSheet {
  return {
    kind,
    name,
    columns: [
      { title: "推荐单位", width: 20 },
      { title: "说明", width: 40 },
    ],
    rows,
    marked,
  };
}

const REVIEW = [
  sheet(
    "units",
    "单位汇总",
    [
      ["浙江省经济和信息化厅", '=HYPERLINK("http://x")'],
      ["江苏省工业和信息化厅", 12],
    ],
    [1],
  ),
  sheet("issues", "问题清单", [
    ["@SUM(A1)", "+86 571"],
    ["-1", null],
  ]),
  sheet(
    "enterprises",
    "企业汇总",
    [
      ["宁波东方精密机械有限公司", null],
      ["杭州西溪智能电气股份有限公司", "也由以下单位推荐：宁波市经济和信息化局"],
    ],
    [1],
  ),
];

describe("adding the review's sheets to the open workbook", () => {
  it("adds three new sheets under free names and leaves every existing sheet as it was", async () => {
    const { book, adapter } = setup(3);
    book.addSheet("单位汇总", [["我的笔记"]]);
    const names = await adapter.addReviewSheets(REVIEW);
    expect(names).toEqual(["单位汇总 (2)", "问题清单", "企业汇总"]);
    expect(book.sheets.map((s) => s.name)).toEqual([FORM_SHEET, "单位汇总", "单位汇总 (2)", "问题清单", "企业汇总"]);
    expect(book.sheet("单位汇总").at("A1").value).toBe("我的笔记");
    expect(book.sheet(FORM_SHEET).at("C3").value).toBe("浙江省经济和信息化厅");
    expect(book.activeSheet).toBe("单位汇总 (2)");
  });

  it("writes titles and rows as values: text that looks like a formula stays text, numbers stay numbers", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Sheet1", []);
    await addReviewSheets(book.env(), REVIEW);
    const units = book.sheet("单位汇总");
    expect([units.at("A1").value, units.at("B1").value, units.at("A1").bold]).toEqual(["推荐单位", "说明", true]);
    expect(units.at("B2")).toMatchObject({ value: '=HYPERLINK("http://x")', type: "String" });
    expect(units.at("B2").formula).toBeUndefined();
    expect(units.at("B3")).toMatchObject({ value: 12, type: "Double" });
    const issues = book.sheet("问题清单");
    expect([issues.at("A2").value, issues.at("B2").value, issues.at("A3").value]).toEqual(["@SUM(A1)", "+86 571", "-1"]);
    expect([issues.at("A3").type, issues.at("B3").type]).toEqual(["String", "Empty"]);
    expect(units.frozenRows).toBe(1);
  });

  it("fills the marked rows only: a file with errors, a cross-unit duplicate", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Sheet1", []);
    await addReviewSheets(book.env(), REVIEW);
    const units = book.sheet("单位汇总");
    const enterprises = book.sheet("企业汇总");
    expect(units.at("A3").fill.color).toBe(REVIEW_MARK_FILL.units);
    expect(units.at("B3").fill.color).toBe(REVIEW_MARK_FILL.units);
    expect(units.at("A2").fill).toEqual(NO_FILL);
    expect(enterprises.at("B3").fill.color).toBe(REVIEW_MARK_FILL.enterprises);
    expect(enterprises.at("A2").fill).toEqual(NO_FILL);
  });

  it("writes a 企业汇总 of 40,000 long rows in several syncs, none past the budget, every row in place", async () => {
    const long = "全面质量管理经验".repeat(10);
    const rows: CellValue[][] = Array.from({ length: 40_000 }, (_, i) => [`企业${i + 1}`, long]);
    const marked = Array.from({ length: 400 }, (_, i) => i * 100);
    const book = new FakeWorkbook();
    book.addSheet("Sheet1", []);
    const syncs = await syncsOf(book, () => addReviewSheets(book.env(), [sheet("enterprises", "企业汇总", rows, marked)]));
    expect(syncs).toBeGreaterThan(2);
    expect(Math.max(...book.syncLog.map((s) => s.request))).toBeLessThanOrEqual(SYNC_PAYLOAD_BUDGET);
    const written = book.sheet("企业汇总");
    expect([written.at("A2").value, written.at("A40001").value, written.at("B40001").value]).toEqual(["企业1", "企业40000", long]);
    expect(written.at("A9902").fill.color).toBe(REVIEW_MARK_FILL.enterprises);
    expect(written.at("A9903").fill).toEqual(NO_FILL);
  });
});
