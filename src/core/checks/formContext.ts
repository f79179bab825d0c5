import { COLUMN_COUNT, COLUMN_INDEX, FORM_COLUMNS, type ColumnKey } from "../form/columns";
import type { FormRow, FormSheet } from "../form/formSheet";
import { cellAddress } from "../grid/address";
import { cellText } from "../grid/cell";
import { defaultSeverity, type IssueCode, type ParamShape, type Severity } from "../issues/registry";
import type { Issue } from "../issues/issue";
import { nameKey } from "../text/normalize";
import type { CellValue } from "../grid/cell";
import type { CheckContext, FindingArg, ValidationOptions } from "./check";

/**
 * Keys remembered per column, in a slot by row number: more slots than a block of rows (see
 * validate.ts), so that each rule working through a block finds the keys the first one derived.
 * Rows are told apart by identity; two sharing a slot only cost a second derivation. A form of a
 * few dozen rows gets as few slots as it needs, so that a batch of small forms does not clear
 * thousands of slots per file.
 */
const KEY_SLOTS = 1024;

/** A power of two, twice the rows (row numbers skip blank rows) and at most `KEY_SLOTS`. */
function slotCount(rows: number): number {
  let slots = 2;
  while (slots < rows * 2 && slots < KEY_SLOTS) slots *= 2;
  return slots;
}

/** An issue as the context assembles it; the check's signature has already typed its params. */
interface BuiltIssue {
  code: IssueCode;
  severity: Severity;
  sheet: string;
  cell?: string;
  row?: number;
  column?: string;
  value?: CellValue;
  params?: ParamShape;
  fix?: CellValue;
}

type LooseFinding = {
  readonly value?: CellValue;
  readonly params?: ParamShape;
  readonly fix?: CellValue;
  readonly cell?: string;
  readonly column?: string;
};

const COLUMN_NAMES: readonly string[] = FORM_COLUMNS.map((c) => c.name);

/**
 * The context of one validation: it turns findings into issues and remembers the comparison keys
 * of the row being checked. Rules run row by row over sheets of 100 000 rows, so an issue is built
 * field by field (no spread objects) and a key several rules ask for is derived once per row.
 */
export class FormContext implements CheckContext {
  readonly issues: Issue[] = [];
  private readonly sheetName: string;
  private readonly slots: number;
  /** Per column and row-number slot: the row whose key is remembered, and that key. */
  private readonly keyRows: Array<FormRow | undefined>;
  private readonly keys: string[];

  constructor(
    readonly form: FormSheet,
    readonly options: ValidationOptions,
  ) {
    this.sheetName = form.sheet;
    this.slots = slotCount(form.rows.length);
    this.keyRows = new Array<FormRow | undefined>(COLUMN_COUNT * this.slots).fill(undefined);
    this.keys = new Array<string>(COLUMN_COUNT * this.slots).fill("");
  }

  cell<C extends IssueCode>(code: C, row: FormRow, key: ColumnKey, ...args: FindingArg<C>): void {
    const finding = args[0] as LooseFinding | undefined;
    const index = COLUMN_INDEX[key];
    const col = this.form.columnPositions[index];
    const severity = defaultSeverity(code);
    const rowNumber = row.rowNumber;
    const column = COLUMN_NAMES[index]!;
    const value = finding !== undefined && "value" in finding ? finding.value : (row.values[index] ?? null);
    // One literal per shape, in the order of `Issue`: adding the fields one by one regrows the object.
    const issue: BuiltIssue =
      col === undefined
        ? { code, severity, sheet: this.sheetName, row: rowNumber, column, value }
        : { code, severity, sheet: this.sheetName, cell: cellAddress(rowNumber, col), row: rowNumber, column, value };
    if (finding?.params) issue.params = finding.params;
    if (finding !== undefined && "fix" in finding) issue.fix = finding.fix;
    this.issues.push(issue as Issue);
  }

  row<C extends IssueCode>(code: C, rowNumber: number, ...args: FindingArg<C, unknown>): void {
    const issue: BuiltIssue = {
      code,
      severity: defaultSeverity(code),
      sheet: this.sheetName,
      row: rowNumber,
      ...(args[0] as LooseFinding),
    };
    this.issues.push(issue as Issue);
  }

  sheet<C extends IssueCode>(code: C, ...args: FindingArg<C, unknown>): void {
    const issue: BuiltIssue = { code, severity: defaultSeverity(code), sheet: this.sheetName, ...(args[0] as LooseFinding) };
    this.issues.push(issue as Issue);
  }

  nameKey(row: FormRow, index: number): string {
    const slot = index * this.slots + (row.rowNumber & (this.slots - 1));
    if (this.keyRows[slot] === row) return this.keys[slot]!;
    const text = nameKey(cellText(row.values[index] ?? null));
    this.keyRows[slot] = row;
    this.keys[slot] = text;
    return text;
  }
}
