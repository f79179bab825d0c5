import type { CellValue } from "../grid/cell";
import type { Lang } from "../issues/lang";

/** Which of the review workbook's three sheets (docs/domain/reports.md#the-review-workbook). */
export type ReviewSheetKind = "units" | "issues" | "enterprises";

export interface ReviewColumn {
  readonly title: string;
  /** In widths of "0", as Excel measures columns; a Chinese character takes two. */
  readonly width: number;
}

/**
 * One sheet of the review workbook as plain rows: every front (the `--report` file, the task
 * pane's 审查, the web page) writes or shows exactly these, so they cannot drift apart. Values are
 * data; writers must store text that starts with `=`, `+`, `-` or `@` as text.
 */
export interface ReviewSheet {
  readonly kind: ReviewSheetKind;
  readonly name: string;
  readonly columns: readonly ReviewColumn[];
  readonly rows: ReadonlyArray<readonly CellValue[]>;
  /** Indexes into `rows` to highlight: a cross-unit duplicate, a file with errors, an error. */
  readonly marked: readonly number[];
}

export interface ReviewWorkbook {
  readonly lang: Lang;
  readonly sheets: readonly [ReviewSheet, ReviewSheet, ReviewSheet];
}

export const SHEET_NAMES: Readonly<Record<ReviewSheetKind, Readonly<Record<Lang, string>>>> = {
  units: { zh: "单位汇总", en: "Units" },
  issues: { zh: "问题清单", en: "Issues" },
  enterprises: { zh: "企业汇总", en: "Enterprises" },
};

/** Marked rows' fill as `#RRGGBB`: files with errors and error issues light red, cross-unit duplicates amber. */
export const REVIEW_MARK_FILL: Readonly<Record<ReviewSheetKind, string>> = {
  units: "#FDE7E9",
  issues: "#FDE7E9",
  enterprises: "#FFF4CE",
};

export type Titled = readonly [zh: string, en: string, width: number];

export function columnsOf(titles: readonly Titled[], lang: Lang): ReviewColumn[] {
  return titles.map(([zh, en, width]) => ({ title: lang === "zh" ? zh : en, width }));
}
