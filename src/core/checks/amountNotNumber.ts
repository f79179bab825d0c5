import type { Check } from "./check";
import { MONEY_COLUMNS, sheetMoneyUnit } from "./money";
import { parseAmount } from "../text/amount";

/** A money cell must hold a number: not words, a TRUE/FALSE, a date or an error such as #DIV/0!. */
export const amountNotNumberCheck: Check = {
  type: "amount-not-number",
  codes: ["amount-not-number"],
  start(ctx) {
    const unit = sheetMoneyUnit(ctx);
    return {
      row(row) {
        for (const { key, index } of MONEY_COLUMNS) {
          const value = row.values[index] ?? null;
          if (typeof value === "number" && Number.isFinite(value)) continue;
          if (parseAmount(value, unit).kind === "not-number") ctx.cell("amount-not-number", row, key);
        }
      },
    };
  },
};
