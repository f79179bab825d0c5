import type { Lang } from "../issues/lang";
import type { BatchFile } from "../report/crossFile";
import type { BatchReport } from "../report/schema";
import { enterpriseListSheet } from "./enterpriseList";
import { reviewedFiles } from "./fileIssues";
import { issueListSheet } from "./issueList";
import type { ReviewWorkbook } from "./reviewSheet";
import { unitSummarySheet } from "./unitSummary";

export type { ReviewColumn, ReviewSheet, ReviewSheetKind, ReviewWorkbook } from "./reviewSheet";
export { REVIEW_MARK_FILL, SHEET_NAMES } from "./reviewSheet";

/**
 * The review workbook (docs/domain/reports.md#the-review-workbook) of a checked batch: 单位汇总, 问题清单, 企业汇总. `files` are the
 * batch's readable forms (the consolidated list's source); `report` carries every file, its
 * issues and the cross-file ones.
 */
export function reviewWorkbook(report: BatchReport, files: readonly BatchFile[], lang: Lang): ReviewWorkbook {
  const reviewed = reviewedFiles(report);
  return {
    lang,
    sheets: [unitSummarySheet(reviewed, lang), issueListSheet(reviewed, lang), enterpriseListSheet(report, files, lang)],
  };
}
