import type { CellValue } from "../grid/cell";
import type { IssueCode, Severity } from "./codes";

export type IssueParams = Readonly<Record<string, string | number>>;

/**
 * One finding (SPEC §4). `message` is rendered from the code's template and `params` in the
 * language asked for; `fix`, when present, is the value a safe correction writes into `cell`.
 */
export interface Issue {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell?: string;
  readonly row?: number;
  /** The form's column name (序号, 申报企业名称, …) the issue is about. */
  readonly column?: string;
  readonly value?: CellValue;
  readonly params?: IssueParams;
  readonly fix?: CellValue;
}
