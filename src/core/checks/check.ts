import type { ColumnKey } from "../form/columns";
import type { FormRow, FormSheet } from "../form/formSheet";
import type { FormSpec } from "../form/formSpec";
import type { CellValue } from "../grid/cell";
import type { IssueCode, NoParams, ParamsOf } from "../issues/registry";
import type { Region } from "../reference/region";

/** What every validation of one form knows besides the form itself. */
export interface ValidationOptions {
  readonly spec: FormSpec;
  /** Whose cities are valid; national scope for an industry association. */
  readonly region: Region;
  /** "Today", for 时间 in the future; injected so that results do not depend on the clock. */
  readonly today: Date;
}

/**
 * What a check may add to a finding of code `C`; the context fills sheet, cell, row, column and
 * severity. `params` are the code's, as the registry types them.
 */
export type Finding<C extends IssueCode> = {
  readonly value?: CellValue;
  readonly fix?: CellValue;
} & (NoParams extends ParamsOf<C> ? { readonly params?: ParamsOf<C> } : { readonly params: ParamsOf<C> });

/** A finding's argument: optional when the code has no params to give. */
export type FindingArg<C extends IssueCode, Extra = unknown> =
  NoParams extends ParamsOf<C> ? [finding?: Finding<C> & Extra] : [finding: Finding<C> & Extra];

type Placed = { readonly cell?: string; readonly column?: string };

export interface CheckContext {
  readonly form: FormSheet;
  readonly options: ValidationOptions;
  /** Reports an issue about one cell of a data row. */
  cell<C extends IssueCode>(code: C, row: FormRow, column: ColumnKey, ...finding: FindingArg<C>): void;
  /** Reports an issue about a whole row (e.g. a blank row) or a cell outside the columns. */
  row<C extends IssueCode>(code: C, rowNumber: number, ...finding: FindingArg<C, Placed>): void;
  /** Reports an issue about the sheet or its header block, optionally at one cell. */
  sheet<C extends IssueCode>(code: C, ...finding: FindingArg<C, Placed>): void;
  /**
   * The comparison key (`nameKey`) of a cell's text. Several rules compare the same cells (the
   * duplicate rules, the experience title against the enterprise), so it is derived once per row.
   * `columnIndex` is the column's position in `row.values` (`ENTERPRISE_INDEX` …).
   */
  nameKey(row: FormRow, columnIndex: number): string;
}

/**
 * One rule, frictionless-style: a kebab-case `type`, the issue `codes` it may emit, and hooks.
 * `start` is called once per validated form, so per-file state lives in its closure and is
 * fresh for every file; `row` sees each data row in order and reports about that row only;
 * `end` reports cross-row findings. Rules run side by side over blocks of rows (validate.ts), so
 * a rule shares nothing with another but what the context offers.
 */
export interface CheckHooks {
  row?(row: FormRow, ctx: CheckContext): void;
  end?(ctx: CheckContext): void;
}

export interface Check {
  readonly type: string;
  readonly codes: readonly IssueCode[];
  /** The `start` hook: set up per-file state and return the row and end hooks. */
  start(ctx: CheckContext): CheckHooks;
}
