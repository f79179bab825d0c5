import { valueOf } from "../form/formRow";
import type { FormRow } from "../form/formSheet";
import { cellText, isBlank, type CellValue } from "../grid/cell";
import { nameKey } from "../text/normalize";
import { parsePhones, type PhoneNumber } from "../text/phone";
import type { Check } from "./check";
import { forEachRepeat } from "./repeats";

/** The same number twice in one cell is one use. */
function repeatsEarlier(numbers: readonly PhoneNumber[], i: number): boolean {
  for (let j = 0; j < i; j++) if (numbers[j]!.key === numbers[i]!.key) return true;
  return false;
}

function sameEnterprise(a: CellValue, b: CellValue): boolean {
  return a === b || nameKey(cellText(a)) === nameKey(cellText(b));
}

/**
 * Each enterprise names its own contact: one number for two different enterprises is usually a
 * copied cell or the clerk's own number. Numbers are compared in tidy form (extensions count, so
 * a switchboard with different extensions is not shared); a later row of another enterprise
 * points at the first row that gave the number.
 */
export const phoneSharedCheck: Check = {
  type: "phone-shared",
  codes: ["phone-shared"],
  start() {
    // One entry per number given (a cell with two numbers adds two): its key and its row.
    const keys: string[] = [];
    const rows: FormRow[] = [];
    return {
      row(row) {
        const phone = valueOf(row, "phone");
        if (isBlank(phone) || isBlank(valueOf(row, "enterprise"))) return;
        const inCell = parsePhones(phone).numbers;
        for (let i = 0; i < inCell.length; i++) {
          if (repeatsEarlier(inCell, i)) continue;
          keys.push(inCell[i]!.key);
          rows.push(row);
        }
      },
      end(ctx) {
        forEachRepeat(keys.length, (i) => keys[i], (i, first) => {
          const row = rows[i]!;
          const firstRow = rows[first]!;
          if (sameEnterprise(valueOf(firstRow, "enterprise"), valueOf(row, "enterprise"))) return;
          const number = parsePhones(valueOf(row, "phone")).numbers.find((n) => n.key === keys[i]);
          ctx.cell("phone-shared", row, "phone", { value: number?.normalized ?? keys[i]!, params: { otherRow: firstRow.rowNumber } });
        });
      },
    };
  },
};
