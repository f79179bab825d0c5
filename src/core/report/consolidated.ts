import { FORM_COLUMNS } from "../form/columns";
import type { CellValue } from "../grid/cell";
import type { Lang } from "../issues/lang";
import { tidyText } from "../text/normalize";
import type { BatchFile } from "./crossFile";

/** One sheet listing every enterprise of every file (企业汇总, docs/domain/reports.md#the-review-workbook). */
export interface ConsolidatedList {
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<readonly CellValue[]>;
}

const EXTRA = {
  seq: { zh: "序号", en: "No." },
  unit: { zh: "推荐单位", en: "Recommending unit" },
  file: { zh: "来源文件", en: "File" },
  sheet: { zh: "工作表", en: "Sheet" },
  row: { zh: "行号", en: "Row" },
} as const;

/**
 * 序号 counts 1, 2, 3 … over the whole list; then the unit, the form's other twelve columns as
 * the files hold them, and where each row came from (file, sheet, worksheet row). Writers must
 * still write text so that it never becomes a formula.
 */
export function consolidatedList(files: readonly BatchFile[], lang: Lang = "zh"): ConsolidatedList {
  const formColumns = FORM_COLUMNS.slice(1);
  const columns = [
    EXTRA.seq[lang],
    EXTRA.unit[lang],
    ...formColumns.map((c) => (lang === "zh" ? c.name : c.en)),
    EXTRA.file[lang],
    EXTRA.sheet[lang],
    EXTRA.row[lang],
  ];
  const rows: CellValue[][] = [];
  for (const file of files) {
    const unit = tidyText(file.unit);
    for (const row of file.form.rows) {
      rows.push([
        rows.length + 1,
        unit,
        ...formColumns.map((_c, i) => row.values[i + 1] ?? null),
        file.path,
        file.form.sheet,
        row.rowNumber,
      ]);
    }
  }
  return { columns, rows };
}
