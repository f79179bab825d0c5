import { consolidatedList } from "../report/consolidated";
import type { BatchFile } from "../report/crossFile";
import type { CellValue } from "../grid/cell";
import type { Lang } from "../issues/lang";
import type { BatchReport } from "../report/schema";
import { SHEET_NAMES, type ReviewSheet } from "./reviewSheet";

const DUPLICATE = { zh: ["跨单位重复", "也由以下单位推荐："], en: ["Recommended twice", "also recommended by: "] } as const;

/**
 * 企业汇总 (docs/domain/reports.md#the-review-workbook): the consolidated list of every enterprise of every file with its unit and
 * source row, and one more column naming the units of a cross-unit duplicate
 * (`enterprise-recommended-twice`), whose rows are marked.
 */
export function enterpriseListSheet(report: BatchReport, files: readonly BatchFile[], lang: Lang): ReviewSheet {
  const list = consolidatedList(files, lang);
  const twice = new Map<string, string>();
  for (const i of report.crossFile) {
    if (i.code !== "enterprise-recommended-twice" || i.path === undefined || i.row === undefined) continue;
    twice.set(`${i.path}\u0000${i.row}`, `${DUPLICATE[lang][1]}${String(i.params?.units ?? "")}`);
  }
  const rows: CellValue[][] = [];
  const marked: number[] = [];
  const fileColumn = list.columns.length - 3;
  const rowColumn = list.columns.length - 1;
  for (const row of list.rows) {
    const note = twice.get(`${String(row[fileColumn])}\u0000${String(row[rowColumn])}`) ?? null;
    if (note !== null) marked.push(rows.length);
    rows.push([...row, note]);
  }
  const columns = [...list.columns, DUPLICATE[lang][0]].map((title, i) => ({
    title,
    width: i === 0 ? 6 : i === list.columns.length ? 34 : title.length > 4 ? 20 : 14,
  }));
  return { kind: "enterprises", name: SHEET_NAMES.enterprises[lang], columns, rows, marked };
}
