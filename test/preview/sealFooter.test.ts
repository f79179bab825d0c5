import ExcelJS from "exceljs";
import { cellAddress } from "../../src/core/grid/address";
import { sealCodeOf } from "../../src/core/seal/code";
import { PAGE_SECTION } from "../../src/core/seal/footer";
import { decodeStore } from "../../src/core/storage";
import { PreviewWorkbook } from "../../src/preview/PreviewWorkbook";
import { emptySheet } from "../../src/preview/workbook/sheet";
import { sheetsToExcel } from "../../src/preview/xlsx/toExcel";
import { createPaneController } from "../../src/taskpane/state/PaneController";
import { formSheet, goodRow, SHEET, TODAY } from "../taskpane/paneFixtures";

function previewForm(): PreviewWorkbook {
  const sheet = emptySheet(SHEET);
  formSheet([goodRow(1, "海康"), goodRow(2, "大华")]).forEach((row, r) =>
    row.forEach((value, c) => value !== null && sheet.cells.set(cellAddress(r + 1, c + 1), { value, style: {} })),
  );
  sheet.footer = { left: "内部资料", center: "机密", right: "&D" };
  return new PreviewWorkbook([sheet]);
}

async function savedFooter(book: PreviewWorkbook): Promise<string | undefined> {
  const saved = await (await sheetsToExcel(ExcelJS, book.sheets())).xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(saved);
  return back.getWorksheet(SHEET)?.headerFooter?.oddFooter;
}

describe("the seal's footer in the preview's in-page workbook", () => {
  it("is written on sealing, saved into the .xlsx, and gives way to the clerk's own footer on unsealing", async () => {
    const book = previewForm();
    const pane = createPaneController({ adapter: book, lang: "zh", toolVersion: "test", today: () => TODAY });
    pane.start()();
    await pane.runCheck();
    pane.setSealedBy("李明");
    await pane.seal("");
    expect(pane.getState().error).toBeUndefined();
    const code = sealCodeOf(decodeStore(await book.readStore()).store.seal!.digest);
    expect(book.sheet(SHEET)!.footer).toEqual({
      left: `封存码 ${code} · 浙江省经济和信息化厅 · 李明 · 2021-06-01 08:00（北京时间） · 共 2 家`,
      center: "机密",
      right: PAGE_SECTION,
    });
    expect(await savedFooter(book)).toBe(
      `&L封存码 ${code} · 浙江省经济和信息化厅 · 李明 · 2021-06-01 08:00（北京时间） · 共 2 家&C机密&R${PAGE_SECTION}`,
    );

    await pane.unseal("");
    expect(book.sheet(SHEET)!.footer).toEqual({ left: "内部资料", center: "机密", right: "&D" });
    expect(await savedFooter(book)).toBe("&L内部资料&C机密&R&D");
  });

  it("refuses a footer longer than Excel's 255 characters, as Excel does", async () => {
    const book = previewForm();
    await expect(book.writeFooters(SHEET, { default: { left: "页".repeat(250), center: "", right: "第 &P 页" } })).rejects.toThrow(/255/);
    expect(book.sheet(SHEET)!.footer).toEqual({ left: "内部资料", center: "机密", right: "&D" });
  });
});
