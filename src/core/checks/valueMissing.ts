import { COLUMN_INDEX, REQUIRED_KEYS, type ColumnKey } from "../form/columns";
import { isBlank } from "../grid/cell";
import type { Check } from "./check";

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
          if (isBlank(values[indexes[i]!] ?? null)) c.cell("value-missing", row, present[i]!);
        }
      },
    };
  },
};
