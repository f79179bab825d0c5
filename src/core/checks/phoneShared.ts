import { ENTERPRISE_INDEX, PHONE_INDEX } from "../form/columns";
import { cellText, isBlank, type CellValue } from "../grid/cell";
import { nameKey } from "../text/normalize";
import { parsePhones, tidyPhoneKey, type PhoneNumber } from "../text/phone";
import type { Check } from "./check";
import { RepeatFinder } from "./repeats";

/** The same number twice in one cell is one use. */
function repeatsEarlier(numbers: readonly PhoneNumber[], i: number): boolean {
  for (let j = 0; j < i; j++) if (numbers[j]!.key === numbers[i]!.key) return true;
  return false;
}

/** The `part`-th number of a cell, counting each number once; the row hook numbered them so. */
function distinctNumber(numbers: readonly PhoneNumber[], part: number): PhoneNumber {
  let seen = 0;
  for (let i = 0; i < numbers.length; i++) {
    if (repeatsEarlier(numbers, i)) continue;
    if (seen === part) return numbers[i]!;
    seen += 1;
  }
  throw new Error(`no number ${part} in the cell`);
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
  start(ctx) {
    const rows = ctx.form.rows;
    // Each number given (a cell with two numbers gives two parts), by the index of its row.
    const numbers = new RepeatFinder(rows.length);
    let index = 0;
    return {
      row(row) {
        const phone = row.values[PHONE_INDEX] ?? null;
        if (!isBlank(phone) && !isBlank(row.values[ENTERPRISE_INDEX] ?? null)) {
          const tidyKey = typeof phone === "string" ? tidyPhoneKey(phone) : undefined;
          if (tidyKey !== undefined) {
            numbers.add(tidyKey, index); // most cells: one number, tidy, read without a parse
          } else {
            const inCell = parsePhones(phone).numbers;
            let part = 0;
            for (let i = 0; i < inCell.length; i++) if (!repeatsEarlier(inCell, i)) numbers.add(inCell[i]!.key, index, part++);
          }
        }
        index += 1;
      },
      end(c) {
        numbers.forEachRepeat(
          (i, part) => distinctNumber(parsePhones(rows[i]!.values[PHONE_INDEX] ?? null).numbers, part).key,
          (i, first, key) => {
            const row = rows[i]!;
            const firstRow = rows[first]!;
            if (sameEnterprise(firstRow.values[ENTERPRISE_INDEX] ?? null, row.values[ENTERPRISE_INDEX] ?? null)) return;
            const number = parsePhones(row.values[PHONE_INDEX] ?? null).numbers.find((n) => n.key === key);
            c.cell("phone-shared", row, "phone", { value: number?.normalized ?? key, params: { otherRow: firstRow.rowNumber } });
          },
        );
      },
    };
  },
};
