import { COLUMN_INDEX, REQUIRED_KEYS, type ColumnKey } from "../form/columns";
import { isBlank, type CellValue } from "../grid/cell";
import { isIdeograph } from "../text/ideograph";
import type { Check } from "./check";

/**
 * Filled, answered for the common cells at once: a number, or text that starts with a
 * visible ASCII character or an ideograph. Anything else asks `isBlank`.
 */
function isFilled(value: CellValue): boolean {
  if (typeof value === "number") return true;
  if (typeof value === "string") {
    const c = value.charCodeAt(0);
    if ((c > 0x20 && c < 0x7f) || isIdeograph(c)) return true;
  }
  return !isBlank(value);
}

/**
 * Every column but 备注 must be filled. A column the sheet lacks altogether is one
 * header-missing-column, not an issue in every row.
 */
export const valueMissingCheck: Check = {
  type: "value-missing",
  codes: ["value-missing"],
  start(ctx) {
    const present: ColumnKey[] = REQUIRED_KEYS.filter((k) => ctx.form.columnPositions[COLUMN_INDEX[k]] !== undefined);
    const indexes = present.map((k) => COLUMN_INDEX[k]);
    return {
      row(row, c) {
        const values = row.values;
        for (let i = 0; i < indexes.length; i++) {
          if (!isFilled(values[indexes[i]!] ?? null)) c.cell("value-missing", row, present[i]!);
        }
      },
    };
  },
};
