import { columnIndex, formColumn, type ColumnKey } from "../form/columns";
import type { FormRow, FormSheet } from "../form/formSheet";
import { cellAddress } from "../grid/address";
import type { IssueCode } from "../issues/codes";
import { DEFAULT_SEVERITY } from "../issues/codes";
import type { Issue } from "../issues/issue";
import type { Check, CheckContext, CheckHooks, Finding, ValidationOptions } from "./check";
import { CHECKS } from "./index";

/** Runs every check over one read form and returns the issues in the order they were found. */
export function validateForm(form: FormSheet, options: ValidationOptions, checks: readonly Check[] = CHECKS): Issue[] {
  const issues: Issue[] = [];
  const sheet = form.sheet;
  const ctx: CheckContext = {
    form,
    options,
    cell(code: IssueCode, row: FormRow, key: ColumnKey, finding?: Finding) {
      const idx = columnIndex(key);
      const col = form.columnPositions[idx];
      issues.push({
        code,
        severity: DEFAULT_SEVERITY[code],
        sheet,
        ...(col === undefined ? {} : { cell: cellAddress(row.rowNumber, col) }),
        row: row.rowNumber,
        column: formColumn(key).name,
        value: finding && "value" in finding ? finding.value : (row.values[idx] ?? null),
        ...(finding?.params ? { params: finding.params } : {}),
        ...(finding && "fix" in finding ? { fix: finding.fix } : {}),
      });
    },
    row(code, rowNumber, finding) {
      issues.push({ code, severity: DEFAULT_SEVERITY[code], sheet, row: rowNumber, ...finding });
    },
    sheet(code, finding) {
      issues.push({ code, severity: DEFAULT_SEVERITY[code], sheet, ...finding });
    },
  };
  const hooks: CheckHooks[] = checks.map((c) => c.start(ctx));
  const rowHooks = hooks.filter((h) => h.row !== undefined);
  for (const row of form.rows) {
    for (const h of rowHooks) h.row!(row, ctx);
  }
  for (const h of hooks) h.end?.(ctx);
  return issues;
}
