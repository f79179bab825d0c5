import { valueOf } from "../form/formRow";
import { cellText, isBlank } from "../grid/cell";
import { nameKey } from "../text/normalize";
import type { Check } from "./check";
import { forEachRepeat } from "./repeats";

/**
 * One enterprise, one row: names are compared after folding width, bracket styles and spaces, and
 * the later row is reported with the row it repeats.
 */
export const enterpriseDuplicateCheck: Check = {
  type: "enterprise-duplicate",
  codes: ["enterprise-duplicate"],
  start() {
    return {
      end(ctx) {
        const rows = ctx.form.rows;
        const keyAt = (i: number) => {
          const value = valueOf(rows[i]!, "enterprise");
          return isBlank(value) ? undefined : nameKey(cellText(value));
        };
        forEachRepeat(rows.length, keyAt, (i, first) => {
          ctx.cell("enterprise-duplicate", rows[i]!, "enterprise", { params: { otherRow: rows[first]!.rowNumber } });
        });
      },
    };
  },
};
