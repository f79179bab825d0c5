import { PHONE_INDEX } from "../form/columns";
import { isBlank } from "../grid/cell";
import { isTidyPhone, parsePhones } from "../text/phone";
import type { Check } from "./check";

/**
 * 联系方式 holds mainland mobiles or landlines with area code. A valid number stored as a NUMBER
 * (Excel drops a landline's leading 0 and may show a mobile as 1.39E+10) or written with odd
 * spacing, brackets or +86 gets its tidy text as the fix.
 */
export const phoneFormatCheck: Check = {
  type: "phone-format",
  codes: ["phone-invalid", "phone-normalizable"],
  start() {
    return {
      row(row, ctx) {
        const value = row.values[PHONE_INDEX] ?? null;
        if (isBlank(value)) return;
        if (typeof value === "string" && isTidyPhone(value)) return; // most cells: one number, tidy
        const parsed = parsePhones(value);
        if (!parsed.valid) {
          ctx.cell("phone-invalid", row, "phone");
        } else if (typeof value === "number") {
          ctx.cell("phone-normalizable", row, "phone", { fix: parsed.normalized, params: { reason: "number-cell" } });
        } else if (!parsed.tidy) {
          ctx.cell("phone-normalizable", row, "phone", { fix: parsed.normalized });
        }
      },
    };
  },
};
