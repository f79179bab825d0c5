import type { FormSheet } from "../form/formSheet";
import type { Issue } from "../issues/issue";
import type { Check, CheckHooks, ValidationOptions } from "./check";
import { FormContext } from "./formContext";
import { CHECKS } from "./index";

/**
 * Rows are checked in blocks: each check's row hook runs over a block of rows before the next
 * check's does. One check at a time keeps its code and state hot, and a block of rows still fits
 * in the processor's cache, where rows × checks in one pass makes every call a cold one.
 */
const BLOCK_ROWS = 256;

/** Row hooks report about the row they are given, so a block's issues fall in row order by it. */
const byRow = (a: Issue, b: Issue): number => (a.row ?? 0) - (b.row ?? 0);

/**
 * Runs every check over one read form and returns the issues row by row (within a row, in the
 * order of the checks), then those the end hooks report.
 */
export function validateForm(form: FormSheet, options: ValidationOptions, checks: readonly Check[] = CHECKS): Issue[] {
  const ctx = new FormContext(form, options);
  const hooks: CheckHooks[] = checks.map((c) => c.start(ctx));
  const rowHooks = hooks.filter((h) => h.row !== undefined);
  const rows = form.rows;
  const issues = ctx.issues;
  for (let start = 0; start < rows.length; start += BLOCK_ROWS) {
    const end = Math.min(rows.length, start + BLOCK_ROWS);
    const before = issues.length;
    for (let h = 0; h < rowHooks.length; h++) {
      const hook = rowHooks[h]!;
      for (let r = start; r < end; r++) hook.row!(rows[r]!, ctx);
    }
    if (issues.length - before > 1) {
      const found = issues.slice(before).sort(byRow);
      for (let i = 0; i < found.length; i++) issues[before + i] = found[i]!;
    }
  }
  for (const h of hooks) h.end?.(ctx);
  return issues;
}
