import { SEQ_INDEX } from "../form/columns";
import { cellText, isBlank } from "../grid/cell";
import type { Check } from "./check";

/**
 * 序号 must count 1, 2, 3 … down the data rows. The fix is the expected number, so a clerk who
 * inserted or deleted a row gets the whole column renumbered in one go.
 */
export const seqCheck: Check = {
  type: "seq-sequence",
  codes: ["seq-invalid"],
  start() {
    let expected = 0;
    return {
      row(row, ctx) {
        expected += 1;
        const value = row.values[SEQ_INDEX] ?? null;
        if (isBlank(value)) return; // value-missing reports it
        const n = typeof value === "number" ? value : Number(cellText(value).trim());
        if (n !== expected) ctx.cell("seq-invalid", row, "seq", { fix: expected });
      },
    };
  },
};
