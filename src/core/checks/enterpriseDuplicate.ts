import { valueOf } from "../form/formRow";
import { isBlank } from "../grid/cell";
import type { Check } from "./check";
import { RepeatFinder } from "./repeats";

/**
 * One enterprise, one row: names are compared after folding width, bracket styles and spaces, and
 * the later row is reported with the row it repeats.
 */
export const enterpriseDuplicateCheck: Check = {
  type: "enterprise-duplicate",
  codes: ["enterprise-duplicate"],
  start(ctx) {
    const rows = ctx.form.rows;
    const names = new RepeatFinder(rows.length);
    let index = 0;
    return {
      row(row, c) {
        if (!isBlank(valueOf(row, "enterprise"))) names.add(c.nameKey(row, "enterprise"), index);
        index += 1;
      },
      end(c) {
        names.forEachRepeat(
          (i) => c.nameKey(rows[i]!, "enterprise"),
          (i, first) => c.cell("enterprise-duplicate", rows[i]!, "enterprise", { params: { otherRow: rows[first]!.rowNumber } }),
        );
      },
    };
  },
};
