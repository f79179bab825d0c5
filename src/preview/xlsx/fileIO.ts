import { PreviewWorkbook } from "../PreviewWorkbook";
import { loadExcel } from "./excelModule";
import { sheetsFromExcel } from "./fromExcel";
import { sheetsToExcel } from "./toExcel";

/** Reads an .xlsx the person picked; a file exceljs cannot read fails with its message. */
export async function openWorkbookFile(file: Blob): Promise<PreviewWorkbook> {
  const excel = await loadExcel();
  const workbook = new excel.Workbook();
  await workbook.xlsx.load(await file.arrayBuffer());
  const sheets = sheetsFromExcel(workbook);
  if (sheets.length === 0) throw new Error("The file holds no worksheet.");
  return new PreviewWorkbook(sheets);
}

/** The workbook as .xlsx bytes, for the download the Save button starts. */
export async function workbookFileBlob(book: PreviewWorkbook): Promise<Blob> {
  const excel = await loadExcel();
  const workbook = await sheetsToExcel(excel, book.sheets());
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}
