import { cellText, type CellValue } from "../grid/cell";
import type { IssueOf } from "./issue";
import { reasonsOf, type IssueCode, type ReasonList } from "./registry";

/** The words of one code in one language. */
export interface CodeWords<C extends IssueCode> {
  readonly message: (issue: IssueOf<C>) => string;
  /** What the person filling in the form does about it: the "fix" column of docs/codes.md. */
  readonly remedy: string;
}

/** One language's words for every code; the type checker keeps each locale complete. */
export type Locale = { readonly [C in IssueCode]: CodeWords<C> };

/** A cell value as a message quotes it; nothing for an absent one. */
export function quoted(value: CellValue | undefined): string {
  return value === undefined ? "" : cellText(value);
}

/** The texts of an issue's reasons, in the order found, joined as the language joins clauses. */
export function reasonTexts<R extends string>(reasons: ReasonList<R>, text: (r: R) => string, joiner: string): string {
  return reasonsOf(reasons).map(text).join(joiner);
}
