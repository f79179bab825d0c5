import { valueOf } from "../form/formRow";
import { isBlank } from "../grid/cell";
import type { Check } from "./check";
import { RepeatFinder } from "./repeats";

/** Each 经验名称 once: compared after folding width, bracket styles and spaces. */
export const experienceDuplicateCheck: Check = {
  type: "experience-duplicate",
  codes: ["experience-duplicate"],
  start(ctx) {
    const rows = ctx.form.rows;
    const titles = new RepeatFinder(rows.length);
    let index = 0;
    return {
      row(row, c) {
        if (!isBlank(valueOf(row, "experience"))) titles.add(c.nameKey(row, "experience"), index);
        index += 1;
      },
      end(c) {
        titles.forEachRepeat(
          (i) => c.nameKey(rows[i]!, "experience"),
          (i, first) => c.cell("experience-duplicate", rows[i]!, "experience", { params: { otherRow: rows[first]!.rowNumber } }),
        );
      },
    };
  },
};
