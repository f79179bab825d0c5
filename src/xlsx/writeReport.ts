import ExcelJS from "exceljs";
import type { Lang } from "../core/issues/lang";
import type { BatchFile, BatchReport } from "../core/report";
import { REVIEW_MARK_FILL, reviewWorkbook, type ReviewSheet, type ReviewSheetKind, type ReviewWorkbook } from "../core/review";
import { fitRowHeight } from "./rowHeight";
import { writeText } from "./safeText";

const BOLD: Partial<ExcelJS.Font> = { name: "黑体", bold: true, charset: 134 };
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };

function markFill(kind: ReviewSheetKind): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: `FF${REVIEW_MARK_FILL[kind].slice(1)}` } };
}

function setUp(ws: ExcelJS.Worksheet, sheet: ReviewSheet): void {
  ws.views = [{ state: "frozen", ySplit: 1, xSplit: 0 }];
  ws.pageSetup = {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: "1:1",
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: "&C&P / &N" };
  sheet.columns.forEach((c, i) => {
    const cell = ws.getCell(1, i + 1);
    writeText(cell, c.title);
    cell.font = BOLD;
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    cell.border = { bottom: THIN };
    ws.getColumn(i + 1).width = c.width;
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
}

function addSheet(wb: ExcelJS.Workbook, sheet: ReviewSheet): void {
  const ws = wb.addWorksheet(sheet.name);
  setUp(ws, sheet);
  const widths = sheet.columns.map((c) => c.width);
  const marked = new Set(sheet.marked);
  sheet.rows.forEach((values, r) => {
    const row = ws.getRow(r + 2);
    for (let i = 0; i < sheet.columns.length; i++) {
      const cell = row.getCell(i + 1);
      writeText(cell, values[i] ?? null);
      cell.alignment = { vertical: "top", wrapText: true };
      if (marked.has(r)) cell.fill = markFill(sheet.kind);
    }
    fitRowHeight(row, values, widths);
  });
}

/** The review workbook as an .xlsx: its three sheets in order, every value written as data, never as a formula. */
export function writeReviewWorkbook(review: ReviewWorkbook): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const sheet of review.sheets) addSheet(wb, sheet);
  return wb;
}

/** `qbench check --report`: the review workbook of the batch (docs/domain/reports.md#the-review-workbook). */
export function writeReportWorkbook(report: BatchReport, files: readonly BatchFile[], lang: Lang): ExcelJS.Workbook {
  return writeReviewWorkbook(reviewWorkbook(report, files, lang));
}

export async function writeReportFile(report: BatchReport, files: readonly BatchFile[], lang: Lang, path: string): Promise<void> {
  await writeReportWorkbook(report, files, lang).xlsx.writeFile(path);
}
