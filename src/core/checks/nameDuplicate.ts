import { COLUMN_INDEX, type ColumnKey } from "../form/columns";
import { isBlank } from "../grid/cell";
import type { IssueCode } from "../issues/registry";
import type { Check } from "./check";
import { RepeatFinder } from "./repeats";

/**
 * A rule that a name column holds each name once: names are compared by their `nameKey` (width,
 * bracket styles and spaces folded), and each later row is reported with the row it repeats.
 */
export function nameDuplicateCheck(code: IssueCode, column: ColumnKey): Check {
  const columnIndex = COLUMN_INDEX[column];
  return {
    type: code,
    codes: [code],
    start(ctx) {
      const rows = ctx.form.rows;
      const names = new RepeatFinder(rows.length);
      let index = 0;
      return {
        row(row, c) {
          if (!isBlank(row.values[columnIndex] ?? null)) names.add(c.nameKey(row, columnIndex), index);
          index += 1;
        },
        end(c) {
          names.forEachRepeat(
            (i) => c.nameKey(rows[i]!, columnIndex),
            (i, first) => c.cell(code, rows[i]!, column, { params: { otherRow: rows[first]!.rowNumber } }),
          );
        },
      };
    },
  };
}
