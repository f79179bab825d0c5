import { valueOf } from "../form/formRow";
import type { FormRow } from "../form/formSheet";
import { cellText, isBlank, type CellValue } from "../grid/cell";
import { nameKey } from "../text/normalize";
import { parsePhones, type PhoneNumber } from "../text/phone";
import type { Check } from "./check";

/** The same number twice in one cell is one use. */
function repeatsEarlier(numbers: readonly PhoneNumber[], i: number): boolean {
  for (let j = 0; j < i; j++) if (numbers[j]!.key === numbers[i]!.key) return true;
  return false;
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
    /** Number key → the first row that gave it, as the row itself (no per-number record). */
    const firstUse = new Map<string, FormRow>();
    return {
      row(row, ctx) {
        const phone = valueOf(row, "phone");
        const enterprise = valueOf(row, "enterprise");
        if (isBlank(phone) || isBlank(enterprise)) return;
        const numbers = parsePhones(phone).numbers;
        for (let i = 0; i < numbers.length; i++) {
          const number = numbers[i]!;
          if (repeatsEarlier(numbers, i)) continue;
          const first = firstUse.get(number.key);
          if (first === undefined) firstUse.set(number.key, row);
          else if (!sameEnterprise(valueOf(first, "enterprise"), enterprise)) {
            ctx.cell("phone-shared", row, "phone", { value: number.normalized, params: { otherRow: first.rowNumber } });
          }
        }
      },
    };
  },
};

function sameEnterprise(a: CellValue, b: CellValue): boolean {
  return a === b || nameKey(cellText(a)) === nameKey(cellText(b));
}
