/**
 * The requirement sets, checked at run time (`Office.context.requirements.isSetSupported`), and
 * the page setup in the form Microsoft's reference documents.
 */
import { OfficeWorkbookAdapter } from "../../src/office/OfficeWorkbookAdapter";
import { FakeWorkbook } from "./fakeExcel";

function adapterOn(apiVersion: string): OfficeWorkbookAdapter {
  return new OfficeWorkbookAdapter(new FakeWorkbook({ apiVersion }).env());
}

describe("the features this Excel lacks", () => {
  it("are none on ExcelApi 1.14 and later", () => {
    expect(adapterOn("1.14").hostLimits()).toEqual([]);
    expect(adapterOn("1.17").hostLimits()).toEqual([]);
  });

  it("are merged areas below 1.13 and the add-in's own writes below 1.14, each with the set that brings it", () => {
    expect(adapterOn("1.13").hostLimits()).toEqual([{ feature: "own-writes", excelApi: "1.14" }]);
    expect(adapterOn("1.9").hostLimits()).toEqual([
      { feature: "merged-areas", excelApi: "1.13" },
      { feature: "own-writes", excelApi: "1.14" },
    ]);
  });

  it("include the workbook itself below the manifest's ExcelApi 1.9", () => {
    expect(
      adapterOn("1.8")
        .hostLimits()
        .map((l) => l.feature),
    ).toEqual(["workbook", "merged-areas", "own-writes"]);
  });
});

describe("Excel's page zoom", () => {
  it("takes either a scale or pages to fit, never both, as the reference documents", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Sheet1");
    const set = (zoom: Excel.PageLayoutZoomOptions) =>
      book.host().run({}, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").pageLayout.zoom = zoom;
        await context.sync();
      });
    await expect(set({ scale: 80, horizontalFitToPages: 1 })).rejects.toThrow(/InvalidArgument/);
    await expect(set({ scale: 5 })).rejects.toThrow(/InvalidArgument/);
    await expect(set({ horizontalFitToPages: 1.5 })).rejects.toThrow(/InvalidArgument/);
    await set({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(book.sheet("Sheet1").page.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  });
});
