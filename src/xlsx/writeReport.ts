import ExcelJS from "exceljs";
import { valueOf } from "../core/form/formRow";
import type { CellValue } from "../core/grid/cell";
import type { Lang } from "../core/issues/lang";
import { consolidatedList, type BatchFile, type BatchReport, type JsonCell, type ReportIssue } from "../core/report";
import { fitRowHeight } from "./rowHeight";
import { writeText } from "./safeText";

const HEAD = {
  zh: ["文件", "推荐单位", "工作表", "行号", "申报企业名称", "级别", "单元格", "列", "代码", "问题说明", "建议值"],
  en: ["File", "Unit", "Sheet", "Row", "Enterprise", "Severity", "Cell", "Column", "Code", "Message", "Suggested value"],
} as const;
const WIDTHS = [28, 24, 16, 7, 30, 8, 9, 12, 24, 60, 20];
const SHEETS = { issues: { zh: "问题清单", en: "Issues" }, list: { zh: "企业汇总", en: "Enterprises" } } as const;
const SEVERITY = { zh: { error: "错误", warning: "提示" }, en: { error: "error", warning: "warning" } } as const;
const NO_ISSUE = { zh: "无问题", en: "no issues" } as const;

const BOLD: Partial<ExcelJS.Font> = { name: "黑体", bold: true, charset: 134 };
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };

function jsonCell(value: JsonCell | undefined): CellValue {
  return value === undefined ? null : value;
}

function setUp(ws: ExcelJS.Worksheet, head: readonly string[], widths: readonly number[]): void {
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
  head.forEach((h, i) => {
    const cell = ws.getCell(1, i + 1);
    writeText(cell, h);
    cell.font = BOLD;
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    cell.border = { bottom: THIN };
    ws.getColumn(i + 1).width = widths[i] ?? 14;
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: head.length } };
}

function addRow(ws: ExcelJS.Worksheet, values: readonly CellValue[], widths: readonly number[]): void {
  const row = ws.getRow(ws.rowCount + 1);
  values.forEach((v, i) => {
    const cell = row.getCell(i + 1);
    writeText(cell, v);
    cell.alignment = { vertical: "top", wrapText: true };
  });
  fitRowHeight(row, values, widths);
}

/** Issues grouped by worksheet row, so that listing a large file's rows stays linear. */
function byRow(issues: readonly ReportIssue[]): Map<number | undefined, ReportIssue[]> {
  const map = new Map<number | undefined, ReportIssue[]>();
  for (const i of issues) {
    const list = map.get(i.row);
    if (list) list.push(i);
    else map.set(i.row, [i]);
  }
  return map;
}

/**
 * The `--report` workbook: 问题清单 lists every data row of every file, once per issue (a row
 * without issues once, marked as such), then each file's sheet-level issues; 企业汇总 is the
 * consolidated list of all enterprises. Every value is written as data, never as a formula.
 */
export function writeReportWorkbook(report: BatchReport, files: readonly BatchFile[], lang: Lang): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const issuesSheet = wb.addWorksheet(SHEETS.issues[lang]);
  setUp(issuesSheet, HEAD[lang], WIDTHS);
  const byPath = new Map(files.map((f) => [f.path, f]));
  const crossByPath = new Map<string, ReportIssue[]>();
  for (const i of report.crossFile) if (i.path) crossByPath.set(i.path, [...(crossByPath.get(i.path) ?? []), i]);

  for (const f of report.files) {
    const batchFile = byPath.get(f.path);
    const all = [...f.issues, ...(crossByPath.get(f.path) ?? [])];
    const line = (rowNumber: number | null, name: CellValue, i: ReportIssue | undefined): CellValue[] => [
      f.path,
      f.unit ?? null,
      i?.sheet || f.sheet || null,
      rowNumber,
      name,
      i ? SEVERITY[lang][i.severity] : null,
      i?.cell ?? null,
      i?.column ?? null,
      i?.code ?? null,
      i ? i.message : NO_ISSUE[lang],
      jsonCell(i?.fix),
    ];
    const rowsIssues = byRow(all);
    for (const i of rowsIssues.get(undefined) ?? []) addRow(issuesSheet, line(null, null, i), WIDTHS);
    for (const row of batchFile?.form.rows ?? []) {
      const mine = rowsIssues.get(row.rowNumber) ?? [];
      const name = valueOf(row, "enterprise");
      if (mine.length === 0) addRow(issuesSheet, line(row.rowNumber, name, undefined), WIDTHS);
      for (const i of mine) addRow(issuesSheet, line(row.rowNumber, name, i), WIDTHS);
    }
    const listed = new Set((batchFile?.form.rows ?? []).map((r) => r.rowNumber));
    for (const i of all.filter((x) => x.row !== undefined && !listed.has(x.row))) addRow(issuesSheet, line(i.row ?? null, null, i), WIDTHS);
  }

  const list = consolidatedList(files, lang);
  const listSheet = wb.addWorksheet(SHEETS.list[lang]);
  const listWidths = list.columns.map((c, i) => (i === 0 ? 6 : c.length > 4 ? 20 : 14));
  setUp(listSheet, list.columns, listWidths);
  for (const row of list.rows) addRow(listSheet, row, listWidths);
  return wb;
}

export async function writeReportFile(report: BatchReport, files: readonly BatchFile[], lang: Lang, path: string): Promise<void> {
  await writeReportWorkbook(report, files, lang).xlsx.writeFile(path);
}
