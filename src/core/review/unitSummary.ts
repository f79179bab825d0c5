import type { Lang } from "../issues/lang";
import type { CellValue } from "../grid/cell";
import type { LeftOut } from "../report/build";
import type { ReportQuota } from "../report/schema";
import type { ReviewedFile } from "./fileIssues";
import { columnsOf, SHEET_NAMES, type ReviewSheet, type Titled } from "./reviewSheet";
import { SEAL_TEXT, sealTime, STATUS_TEXT } from "./words";

const COLUMNS: readonly Titled[] = [
  ["推荐单位", "Recommending unit", 26],
  ["文件", "File", 28],
  ["读取格式", "Format", 8],
  ["工作表", "Sheet", 14],
  ["企业数", "Enterprises", 8],
  ["已用名额", "Quota used", 9],
  ["名额上限", "Quota limit", 9],
  ["分项名额（已用/上限）", "Other limits (used/limit)", 30],
  ["封存状态", "Seal", 12],
  ["封存人", "Sealed by", 10],
  ["封存时间", "Sealed at", 30],
  ["封存码", "Seal code", 22],
  ["错误", "Errors", 7],
  ["提示", "Warnings", 8],
  ["状态", "Status", 10],
  ["说明", "Note", 40],
];

/** Per-city, per-industry and earlier-benchmark limits, one `label used/limit` each. */
function otherLimits(quota: readonly ReportQuota[], lang: Lang): string | null {
  const parts = quota.filter((q) => q.kind !== "total").map((q) => `${lang === "zh" ? q.label : q.labelEn} ${q.used}/${q.limit}`);
  return parts.length === 0 ? null : parts.join(lang === "zh" ? "；" : "; ");
}

/** Cells the reader left out, far right of a sheet's table, so that the meeting knows the file holds more. */
function leftOutNote(leftOut: readonly LeftOut[], lang: Lang): string | null {
  if (leftOut.length === 0) return null;
  const parts = leftOut.map((l) =>
    lang === "zh"
      ? `工作表“${l.sheet}”远在表格右侧的 ${l.count} 个单元格未读入（从 ${l.first} 起）`
      : `${l.count} cell(s) of sheet "${l.sheet}" far right of its table not read (from ${l.first})`,
  );
  return parts.join(lang === "zh" ? "；" : "; ");
}

/**
 * 单位汇总 (docs/domain/reports.md#the-review-workbook): one row per file, the table a recommendation meeting reads for a quick quota
 * check. A file that could not be read is one row whose note says why; errors and warnings count
 * the cross-file ones too, and a file with any error is marked.
 */
export function unitSummarySheet(files: readonly ReviewedFile[], lang: Lang): ReviewSheet {
  const rows: CellValue[][] = [];
  const marked: number[] = [];
  for (const { file, issues } of files) {
    const errors = issues.filter((i) => i.severity === "error").length;
    const warnings = issues.length - errors;
    const total = file.quota?.find((q) => q.kind === "total");
    const unreadable = file.status === "unreadable" ? issues.find((i) => i.code === "unreadable") : undefined;
    if (file.status !== "ok") marked.push(rows.length);
    rows.push([
      file.unit ?? null,
      file.path,
      file.format ?? null,
      file.sheet ?? null,
      unreadable ? null : file.rowCount,
      total?.used ?? null,
      total?.limit ?? null,
      otherLimits(file.quota ?? [], lang),
      unreadable ? null : SEAL_TEXT[lang][file.seal],
      file.sealedBy ?? null,
      sealTime(file.sealedAt, lang),
      file.sealCode ?? null,
      errors,
      warnings,
      STATUS_TEXT[lang][file.status],
      unreadable ? unreadable.message : leftOutNote(file.leftOut ?? [], lang),
    ]);
  }
  return { kind: "units", name: SHEET_NAMES.units[lang], columns: columnsOf(COLUMNS, lang), rows, marked };
}
