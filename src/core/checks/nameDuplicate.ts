import type { ColumnKey } from "../form/columns";
import { valueOf } from "../form/formRow";
import { isBlank } from "../grid/cell";
import type { IssueCode } from "../issues/codes";
import type { Check } from "./check";
import { RepeatFinder } from "./repeats";

/**
 * A rule that a name column holds each name once: names are compared by their `nameKey` (width,
 * bracket styles and spaces folded), and each later row is reported with the row it repeats.
 */
export function nameDuplicateCheck(code: IssueCode, column: ColumnKey): Check {
  return {
    type: code,
    codes: [code],
    start(ctx) {
      const rows = ctx.form.rows;
      const names = new RepeatFinder(rows.length);
      let index = 0;
      return {
        row(row, c) {
          if (!isBlank(valueOf(row, column))) names.add(c.nameKey(row, column), index);
          index += 1;
        },
        end(c) {
          names.forEachRepeat(
            (i) => c.nameKey(rows[i]!, column),
            (i, first) => c.cell(code, rows[i]!, column, { params: { otherRow: rows[first]!.rowNumber } }),
          );
        },
      };
    },
  };
}
