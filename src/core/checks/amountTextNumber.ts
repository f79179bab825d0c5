import type { Check } from "./check";
import { parseAmount } from "../text/amount";
import { MONEY_COLUMNS, sheetMoneyUnit } from "./money";

/**
 * A number stored as text (`1,234.5`, `１２３４`, `1200万元`, ` 800 `) reads right but does not sum
 * in Excel; the fix writes the number itself, already converted to the sheet's unit.
 */
export const amountTextNumberCheck: Check = {
  type: "amount-text-number",
  codes: ["amount-text-number"],
  start(ctx) {
    const unit = sheetMoneyUnit(ctx);
    return {
      row(row) {
        for (const { key, index } of MONEY_COLUMNS) {
          const value = row.values[index] ?? null;
          if (typeof value !== "string") continue; // only text can be a number stored as text
          const parsed = parseAmount(value, unit);
          if (parsed.kind !== "text-number") continue;
          ctx.cell("amount-text-number", row, key, {
            fix: parsed.value,
            params: { unit, ...(parsed.unitWord === undefined ? {} : { unitWord: parsed.unitWord }) },
          });
        }
      },
    };
  },
};
