import type { Issue } from "../issues/issue";
import { canonicalValue } from "./canonical";
import { warningKey } from "./readiness";
import type { ConfirmedWarning } from "./record";

/**
 * Whether the unit confirmed this warning when it sealed: the same code at the same place, and,
 * when the record kept the value, the same value (a warning about another value was never seen).
 */
export function isConfirmedWarning(issue: Issue, confirmed: readonly ConfirmedWarning[]): boolean {
  if (issue.severity !== "warning") return false;
  const key = warningKey(issue);
  return confirmed.some(
    (w) =>
      warningKey(w) === key &&
      (w.value === undefined || (issue.value !== undefined && issue.value !== null && canonicalValue(issue.value) === w.value)),
  );
}
