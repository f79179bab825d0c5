import { valueOf } from "../form/formRow";
import { cellText, isBlank } from "../grid/cell";
import { nameKey } from "../text/normalize";
import type { Check } from "./check";

/** Each 经验名称 once: compared after folding width, bracket styles and spaces. */
export const experienceDuplicateCheck: Check = {
  type: "experience-duplicate",
  codes: ["experience-duplicate"],
  start() {
    const firstRow = new Map<string, number>();
    return {
      row(row, ctx) {
        const value = valueOf(row, "experience");
        if (isBlank(value)) return;
        const key = nameKey(cellText(value));
        const other = firstRow.get(key);
        if (other === undefined) firstRow.set(key, row.rowNumber);
        else ctx.cell("experience-duplicate", row, "experience", { params: { otherRow: other } });
      },
    };
  },
};
