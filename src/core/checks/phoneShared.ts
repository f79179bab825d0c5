import { valueOf } from "../form/formRow";
import { cellText, isBlank } from "../grid/cell";
import { nameKey } from "../text/normalize";
import { parsePhones, type PhoneNumber } from "../text/phone";
import type { Check } from "./check";

interface Use {
  readonly rowNumber: number;
  readonly enterprise: string;
}

/** The same number twice in one cell is one use. */
function repeatsEarlier(numbers: readonly PhoneNumber[], i: number): boolean {
  for (let j = 0; j < i; j++) if (numbers[j]!.key === numbers[i]!.key) return true;
  return false;
}

/**
 * Each enterprise names its own contact: one number for two different enterprises is usually a
 * copied cell or the clerk's own number. Numbers are compared in tidy form (extensions count, so
 * a switchboard with different extensions is not shared); the later row points at the first row
 * of another enterprise with that number.
 */
export const phoneSharedCheck: Check = {
  type: "phone-shared",
  codes: ["phone-shared"],
  start() {
    const uses = new Map<string, Use[]>();
    return {
      row(row, ctx) {
        const phone = valueOf(row, "phone");
        const enterpriseValue = valueOf(row, "enterprise");
        if (isBlank(phone) || isBlank(enterpriseValue)) return;
        const enterprise = nameKey(cellText(enterpriseValue));
        const numbers = parsePhones(phone).numbers;
        for (let i = 0; i < numbers.length; i++) {
          const number = numbers[i]!;
          if (repeatsEarlier(numbers, i)) continue;
          const list = uses.get(number.key);
          if (list === undefined) {
            uses.set(number.key, [{ rowNumber: row.rowNumber, enterprise }]);
            continue;
          }
          const other = list.find((u) => u.enterprise !== enterprise);
          if (other !== undefined) {
            ctx.cell("phone-shared", row, "phone", { value: number.normalized, params: { otherRow: other.rowNumber } });
          }
          if (!list.some((u) => u.enterprise === enterprise)) list.push({ rowNumber: row.rowNumber, enterprise });
        }
      },
    };
  },
};
