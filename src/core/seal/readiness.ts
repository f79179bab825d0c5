import type { FormSheet } from "../form/formSheet";
import { HEADER_FIELDS } from "../form/formSpec";
import { isBlank } from "../grid/cell";
import type { Issue } from "../issues/issue";
import type { Lang } from "../issues/lang";

/**
 * The key a confirmation is stored under: the code and where the warning points (cell, else row,
 * else the sheet). Stable across re-validations as long as the warning stays where it was.
 */
export function warningKey(issue: {
  readonly code: Issue["code"];
  readonly cell?: string | undefined;
  readonly row?: number | undefined;
}): string {
  const where = issue.cell ?? (issue.row === undefined ? "sheet" : `row ${issue.row}`);
  return `${issue.code}@${where}`;
}

/** Every header-block field (推荐单位, 填报人, 联系电话, 时间) holds a value. */
export function isHeaderComplete(form: FormSheet): boolean {
  return HEADER_FIELDS.every(({ key }) => {
    const h = form.header[key];
    return h !== undefined && !isBlank(h.value);
  });
}

export type SealBlocker =
  | { readonly kind: "errors"; readonly count: number }
  | { readonly kind: "quota"; readonly label: string; readonly used: number; readonly limit: number }
  | { readonly kind: "header-incomplete" }
  | { readonly kind: "warnings-unconfirmed"; readonly count: number };

export interface SealReadinessInput {
  readonly issues: readonly Issue[];
  readonly quotaUsage: ReadonlyArray<{ readonly label?: string; readonly used: number; readonly limit: number }>;
  /** Defaults to true: the header checks already report a blank field as an error. */
  readonly headerComplete?: boolean;
  /** `warningKey`s of the warnings the clerk has confirmed. */
  readonly confirmed: Iterable<string>;
}

export interface SealReadiness {
  readonly ready: boolean;
  readonly blockers: readonly SealBlocker[];
  /** Every warning that needs the clerk's confirmation, confirmed or not, in the order found. */
  readonly warningsToConfirm: readonly Issue[];
}

/**
 * The seal's preconditions (docs/seal.md#preconditions): no errors, every quota met (used ≤ limit), header block complete, every
 * warning confirmed. `seal-missing` is not asked about: sealing is what answers it.
 */
export function sealReadiness(input: SealReadinessInput): SealReadiness {
  const blockers: SealBlocker[] = [];
  // An exceeded quota is its own blocker below (with its numbers), not one more error as well.
  const errors = input.issues.filter((i) => i.severity === "error" && i.code !== "quota-exceeded").length;
  if (errors > 0) blockers.push({ kind: "errors", count: errors });
  for (const q of input.quotaUsage) {
    if (q.used > q.limit) blockers.push({ kind: "quota", label: q.label ?? "", used: q.used, limit: q.limit });
  }
  if (input.headerComplete === false) blockers.push({ kind: "header-incomplete" });
  const confirmed = new Set(input.confirmed);
  const warningsToConfirm = input.issues.filter((i) => i.severity === "warning" && i.code !== "seal-missing");
  const unconfirmed = warningsToConfirm.filter((w) => !confirmed.has(warningKey(w))).length;
  if (unconfirmed > 0) blockers.push({ kind: "warnings-unconfirmed", count: unconfirmed });
  return { ready: blockers.length === 0, blockers, warningsToConfirm };
}

export function sealBlockerMessage(blocker: SealBlocker, lang: Lang): string {
  switch (blocker.kind) {
    case "errors":
      return lang === "zh" ? `还有 ${blocker.count} 个错误须先修改` : `${blocker.count} error(s) must be fixed first`;
    case "quota":
      return lang === "zh"
        ? `超出名额：${blocker.label}限 ${blocker.limit} 家，已填 ${blocker.used} 家`
        : `Quota exceeded: ${blocker.label} allows ${blocker.limit}, ${blocker.used} entered`;
    case "header-incomplete":
      return lang === "zh" ? "推荐单位、填报人、联系电话、时间须填写完整" : "Fill in the unit, filler, phone and date first";
    case "warnings-unconfirmed":
      return lang === "zh" ? `还有 ${blocker.count} 个提示未确认` : `${blocker.count} warning(s) not yet confirmed`;
  }
}
