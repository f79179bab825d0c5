import type { CellValue } from "../grid/cell";
import type { ColumnKey } from "./columns";
import type { HeaderFieldKey } from "./formSpec";

/** One value of the header block, with the cell it came from. */
export interface HeaderValue {
  readonly value: CellValue;
  /** A1 address of the cell that holds the value (the label cell when typed into the label). */
  readonly cell: string;
}

/** One data row: values in the form's column order (index = position in FORM_COLUMNS). */
export interface FormRow {
  /** Worksheet row number (1-based), so every issue points at a real cell. */
  readonly rowNumber: number;
  readonly values: readonly CellValue[];
  /** Column keys whose value was filled down from a vertically merged cell above. */
  readonly filledFromMerge?: readonly ColumnKey[];
}

/** A `合计` row: its values by column, to check against the sums of the rows above it. */
export interface TotalRow {
  readonly rowNumber: number;
  readonly values: readonly CellValue[];
}

/**
 * The form as found in a worksheet: where each column lives, the header block, the data rows.
 * `columnPositions[i]` is the 1-based worksheet column of FORM_COLUMNS[i], or undefined when the
 * sheet lacks that column.
 */
export interface FormSheet {
  readonly sheet: string;
  readonly title?: HeaderValue;
  /** The year read from the title, when it names one. */
  readonly titleYear?: number;
  readonly header: Partial<Record<HeaderFieldKey, HeaderValue>>;
  /** Worksheet row of the header row (the lower row of a two-row header). */
  readonly headerRow: number;
  readonly columnPositions: ReadonlyArray<number | undefined>;
  readonly rows: readonly FormRow[];
  /** Blank rows between data rows, by worksheet row number. */
  readonly blankRows: readonly number[];
  readonly totalRow?: TotalRow;
  /** The money unit the sheet states (`金额单位：万元` or a header suffix), when it states one. */
  readonly moneyUnit?: string;
}
