import type { FormSheet } from "../form/formSheet";
import type { Issue } from "../issues/issue";
import type { Check, CheckHooks, ValidationOptions } from "./check";
import { FormContext } from "./formContext";
import { CHECKS } from "./index";

/** Runs every check over one read form and returns the issues in the order they were found. */
export function validateForm(form: FormSheet, options: ValidationOptions, checks: readonly Check[] = CHECKS): Issue[] {
  const ctx = new FormContext(form, options);
  const hooks: CheckHooks[] = checks.map((c) => c.start(ctx));
  const rowHooks = hooks.filter((h) => h.row !== undefined);
  const rows = form.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (let h = 0; h < rowHooks.length; h++) rowHooks[h]!.row!(row, ctx);
  }
  for (const h of hooks) h.end?.(ctx);
  return ctx.issues;
}
