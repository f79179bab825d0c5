import type { CellValue } from "../grid/cell";
import type { Lang } from "../issues/lang";
import type { JsonCell } from "../report/schema";
import type { ReviewedFile } from "./fileIssues";
import { columnsOf, SHEET_NAMES, type ReviewSheet, type Titled } from "./reviewSheet";
import { confirmedText, SEVERITY_TEXT } from "./words";

const COLUMNS: readonly Titled[] = [
  ["推荐单位", "Recommending unit", 24],
  ["文件", "File", 26],
  ["工作表", "Sheet", 12],
  ["单元格", "Cell", 8],
  ["行号", "Row", 6],
  ["列", "Column", 14],
  ["代码", "Code", 26],
  ["级别", "Severity", 7],
  ["问题说明", "Message", 60],
  ["建议值", "Suggested fix", 20],
  ["已确认", "Confirmed", 22],
];

function jsonValue(value: JsonCell | undefined): CellValue {
  return value === undefined ? null : value;
}

/**
 * 问题清单 (docs/domain/reports.md#the-review-workbook): every issue of every file, file by file in the batch's order, each file's
 * sheet-level issues first and then by row; cross-file issues (an enterprise recommended by two
 * units) sit with the file they point into. Errors are marked; a warning the unit confirmed when
 * it sealed says who and when (已确认), so the office sees which were accepted on purpose.
 */
export function issueListSheet(files: readonly ReviewedFile[], lang: Lang): ReviewSheet {
  const rows: CellValue[][] = [];
  const marked: number[] = [];
  for (const { file, issues } of files) {
    const ordered = issues
      .map((issue, index) => ({ issue, index }))
      .sort((a, b) => (a.issue.row ?? 0) - (b.issue.row ?? 0) || a.index - b.index);
    for (const { issue } of ordered) {
      if (issue.severity === "error") marked.push(rows.length);
      rows.push([
        file.unit ?? null,
        file.path,
        issue.sheet === "" ? null : issue.sheet,
        issue.cell ?? null,
        issue.row ?? null,
        issue.column ?? null,
        issue.code,
        SEVERITY_TEXT[lang][issue.severity],
        issue.message,
        jsonValue(issue.fix),
        confirmedText(issue.confirmed, lang),
      ]);
    }
  }
  return { kind: "issues", name: SHEET_NAMES.issues[lang], columns: columnsOf(COLUMNS, lang), rows, marked };
}
