import { XLSX_MIME_TYPE } from "../../core/workbook";
import { legacyAsXlsx } from "../../xlsx/legacy";
import { sniffBytes } from "../../xlsx/sniffBytes";
import { needsPassword } from "../../xlsx/unreadable";
import { zipKind } from "../../xlsx/workbookGrids";
import { openZipBytes } from "../../xlsx/zipBytes";
import { PreviewWorkbook } from "../PreviewWorkbook";
import { loadExcel } from "./excelModule";
import { sheetsFromExcel } from "./fromExcel";
import { sheetsToExcel } from "./toExcel";

/**
 * The picked file as .xlsx bytes: an .xlsx as it is; an .xls, .et, .ods, .fods or .xlsb (told by
 * content, as `qbench check` tells them) converted by SheetJS, as Excel converts a file it opens in
 * an older format; an encrypted workbook refused with the reason.
 */
async function xlsxBytesOf(bytes: Uint8Array): Promise<Uint8Array> {
  const kind = sniffBytes(bytes);
  if (kind === "encrypted") throw needsPassword();
  if (kind === "csv") return bytes;
  if (kind !== "ooxml") return legacyAsXlsx(bytes, kind);
  const packaged = zipKind(await openZipBytes(bytes));
  return packaged === "ooxml" ? bytes : legacyAsXlsx(bytes, packaged);
}

/** Reads a workbook the person picked; a file that cannot be read fails with its message. */
export async function openWorkbookFile(file: Blob): Promise<PreviewWorkbook> {
  const excel = await loadExcel();
  const workbook = new excel.Workbook();
  const bytes = await xlsxBytesOf(new Uint8Array(await file.arrayBuffer()));
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheets = sheetsFromExcel(workbook);
  if (sheets.length === 0) throw new Error("The file holds no worksheet.");
  return new PreviewWorkbook(sheets);
}

/** The workbook as .xlsx bytes, for the download the Save button starts. */
export async function workbookFileBlob(book: PreviewWorkbook): Promise<Blob> {
  const excel = await loadExcel();
  const workbook = await sheetsToExcel(excel, book.sheets());
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: XLSX_MIME_TYPE });
}
