import { COLUMN_INDEX, type ColumnKey } from "./columns";
import type { FormRow } from "./formSheet";
import type { CellValue } from "../grid/cell";

/** The value of one column in a data row (null when the sheet lacks the column). */
export function valueOf(row: FormRow, key: ColumnKey): CellValue {
  return row.values[COLUMN_INDEX[key]] ?? null;
}
