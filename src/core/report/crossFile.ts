import { COLUMN_INDEX, formColumn } from "../form/columns";
import { valueOf } from "../form/formRow";
import type { FormSheet } from "../form/formSheet";
import { cellAddress } from "../grid/address";
import { cellText, isBlank } from "../grid/cell";
import { defaultSeverity } from "../issues/registry";
import { unitShortKey } from "../quota/unitName";
import { nameKey, tidyText } from "../text/normalize";
import type { FileIssue } from "./build";

/** One workbook of a batch: where it came from, whose it is, and its form. */
export interface BatchFile {
  readonly path: string;
  /** The recommending unit (推荐单位); blank when the form leaves it blank. */
  readonly unit: string;
  readonly form: FormSheet;
}

interface Occurrence {
  readonly file: BatchFile;
  readonly unitKey: string;
  readonly unitLabel: string;
  readonly rowNumber: number;
  readonly text: string;
}

/**
 * `enterprise-recommended-twice` (docs/domain/rules.md#office-side-rules): one enterprise on the forms of two or
 * more units. Names are compared as `nameKey` folds them (width, brackets, spaces) and units as
 * `unitShortKey` does, so 浙江省经信厅 and 浙江省经济和信息化厅 are one unit; a file with a blank unit
 * counts as a unit of its own. Every occurrence is reported at its cell, naming all the units.
 */
export function findRecommendedTwice(files: readonly BatchFile[]): FileIssue[] {
  const byName = new Map<string, Occurrence[]>();
  for (const file of files) {
    const unit = tidyText(file.unit);
    const unitKey = unit === "" ? `\u0000${file.path}` : unitShortKey(unit);
    for (const row of file.form.rows) {
      const value = valueOf(row, "enterprise");
      if (isBlank(value)) continue;
      const text = cellText(value);
      const key = nameKey(text);
      const list = byName.get(key) ?? [];
      list.push({ file, unitKey, unitLabel: unit === "" ? file.path : unit, rowNumber: row.rowNumber, text });
      byName.set(key, list);
    }
  }
  const column = formColumn("enterprise");
  const issues: FileIssue[] = [];
  for (const list of byName.values()) {
    const units = new Map<string, string>();
    for (const o of list) if (!units.has(o.unitKey)) units.set(o.unitKey, o.unitLabel);
    if (units.size < 2) continue;
    const unitNames = [...units.values()].join("、");
    const paths = [...new Set(list.map((o) => o.file.path))].join(", ");
    for (const o of list) {
      const col = o.file.form.columnPositions[COLUMN_INDEX.enterprise];
      issues.push({
        code: "enterprise-recommended-twice",
        severity: defaultSeverity("enterprise-recommended-twice"),
        sheet: o.file.form.sheet,
        ...(col === undefined ? {} : { cell: cellAddress(o.rowNumber, col) }),
        row: o.rowNumber,
        column: column.name,
        value: o.text,
        params: { units: unitNames, files: paths },
        path: o.file.path,
      });
    }
  }
  const order = new Map(files.map((f, i) => [f.path, i]));
  return issues.sort((a, b) => order.get(a.path)! - order.get(b.path)! || a.row! - b.row!);
}
