import { cellText, type CellValue } from "../grid/cell";
import type { IssueOf } from "./issue";
import type { IssueCode } from "./registry";

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
