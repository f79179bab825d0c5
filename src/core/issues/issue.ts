import type { CellValue } from "../grid/cell";
import type { IssueCode, NoParams, ParamsOf, Severity } from "./registry";

/** `params` as a code's row in the registry types them: optional when every param is. */
type ParamsField<P> = NoParams extends P ? { readonly params?: P } : { readonly params: P };

interface IssueFields<C extends IssueCode> {
  readonly code: C;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell?: string;
  readonly row?: number;
  /** The form's column name (序号, 申报企业名称, …) the issue is about. */
  readonly column?: string;
  readonly value?: CellValue;
  readonly fix?: CellValue;
}

/**
 * One finding (docs/codes.md). Its message is rendered from the code and params in the language
 * asked for (render.ts); `fix`, when present, is the value a safe correction writes into `cell`.
 */
export type IssueOf<C extends IssueCode> = IssueFields<C> & ParamsField<ParamsOf<C>>;

export type Issue = { [C in IssueCode]: IssueOf<C> }[IssueCode];
