import ExcelJS from "exceljs";
import { PreviewWorkbook } from "../../src/preview/PreviewWorkbook";
import { sheetsFromExcel, flatten } from "../../src/preview/xlsx/fromExcel";
import { sheetsToExcel } from "../../src/preview/xlsx/toExcel";
import { emptySheet } from "../../src/preview/workbook/sheet";

async function saveAndReopen(book: PreviewWorkbook): Promise<PreviewWorkbook> {
  const out = await sheetsToExcel(ExcelJS, book.sheets());
  const buffer = await out.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer);
  return new PreviewWorkbook(sheetsFromExcel(back));
}

describe("Save .xlsx and Open .xlsx in the preview", () => {
  it("keeps values, merges, marks, notes, the hidden store and protection across save and reopen", async () => {
    const sheet = emptySheet("表");
    sheet.cells.set("A1", { value: "标题", style: { bold: true, size: 18, align: "center" } });
    sheet.cells.set("A3", { value: "=SUM(1,2)", style: { format: "@" } });
    sheet.cells.set("B3", { value: 12000.5, style: { format: "#,##0.00", border: true } });
    sheet.cells.set("C3", { value: new Date(Date.UTC(2026, 4, 10)), style: {} });
    sheet.cells.set("D3", { value: { error: "#DIV/0!" }, style: {} });
    sheet.cells.set("B9", { value: null, style: { border: true, format: "@" } });
    sheet.merges.push({ top: 1, left: 1, bottom: 1, right: 4 });
    sheet.frozenRows = 2;
    const book = new PreviewWorkbook([sheet]);
    await book.markIssues([{ sheet: "表", cell: "B3", severity: "error", note: "利润为负" }]);
    await book.writeStore([["seal", '{"digest":"ab"}']]);
    await book.protectSheet("表");

    const reopened = await saveAndReopen(book);
    const again = reopened.sheet("表")!;
    expect(again.cells.get("A3")?.value).toBe("=SUM(1,2)");
    expect(again.cells.get("B3")).toMatchObject({ value: 12000.5, note: "利润为负", style: { fill: "#FFC7CE", border: true } });
    expect(again.cells.get("C3")?.value).toEqual(new Date(Date.UTC(2026, 4, 10)));
    expect(again.cells.get("D3")?.value).toEqual({ error: "#DIV/0!" });
    expect(again.cells.get("B9")).toEqual({ value: null, style: { border: true, format: "@" } });
    expect(again.cells.get("A1")?.style).toMatchObject({ bold: true, size: 18, align: "center" });
    expect(again.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 4 }]);
    expect(again.frozenRows).toBe(2);
    expect(again.protection).toBeDefined();
    expect(reopened.editCell("表", "B3", "1")).toEqual({ ok: false, reason: "protected" });
    expect(await reopened.readStore()).toEqual([["seal", '{"digest":"ab"}']]);
    expect(reopened.sheet("qbench_store")?.visibility).toBe("veryHidden");
    expect(reopened.sheets().map((s) => s.name)).toEqual(["表", "qbench_store"]);
  });

  it("reads formulas by their cached result and rich text and hyperlinks by their text", () => {
    expect(flatten({ formula: "A1*2", result: 42 })).toBe(42);
    expect(flatten({ sharedFormula: "A1", result: { error: "#N/A" } })).toEqual({ error: "#N/A" });
    expect(flatten({ formula: "NOW()" })).toBeNull();
    expect(flatten({ richText: [{ text: "杭州" }, { text: "市" }] })).toBe("杭州市");
    expect(flatten({ text: "官网", hyperlink: "https://example.invalid" })).toBe("官网");
  });
});
