import { valueOf } from "../form/formRow";
import { cellText, isBlank } from "../grid/cell";
import { nameKey } from "../text/normalize";
import type { Check } from "./check";
import { forEachRepeat } from "./repeats";

/** Each 经验名称 once: compared after folding width, bracket styles and spaces. */
export const experienceDuplicateCheck: Check = {
  type: "experience-duplicate",
  codes: ["experience-duplicate"],
  start() {
    return {
      end(ctx) {
        const rows = ctx.form.rows;
        const keyAt = (i: number) => {
          const value = valueOf(rows[i]!, "experience");
          return isBlank(value) ? undefined : nameKey(cellText(value));
        };
        forEachRepeat(rows.length, keyAt, (i, first) => {
          ctx.cell("experience-duplicate", rows[i]!, "experience", { params: { otherRow: rows[first]!.rowNumber } });
        });
      },
    };
  },
};
