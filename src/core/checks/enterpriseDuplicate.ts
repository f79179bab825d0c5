import { valueOf } from "../form/formRow";
import { cellText, isBlank } from "../grid/cell";
import { nameKey } from "../text/normalize";
import type { Check } from "./check";

/**
 * One enterprise, one row: names are compared after folding width, bracket styles and spaces, and
 * the later row is reported with the row it repeats.
 */
export const enterpriseDuplicateCheck: Check = {
  type: "enterprise-duplicate",
  codes: ["enterprise-duplicate"],
  start() {
    const firstRow = new Map<string, number>();
    return {
      row(row, ctx) {
        const value = valueOf(row, "enterprise");
        if (isBlank(value)) return;
        const key = nameKey(cellText(value));
        const other = firstRow.get(key);
        if (other === undefined) firstRow.set(key, row.rowNumber);
        else ctx.cell("enterprise-duplicate", row, "enterprise", { params: { otherRow: other } });
      },
    };
  },
};
