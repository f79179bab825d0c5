import { MONEY_KEYS } from "../form/columns";
import type { Check } from "./check";
import { parseMoney, sheetMoneyUnit } from "./money";

/** A money cell must hold a number: not words, a TRUE/FALSE, a date or an error such as #DIV/0!. */
export const amountNotNumberCheck: Check = {
  type: "amount-not-number",
  codes: ["amount-not-number"],
  start(ctx) {
    const unit = sheetMoneyUnit(ctx);
    return {
      row(row) {
        for (const key of MONEY_KEYS) {
          if (parseMoney(row, key, unit).kind === "not-number") ctx.cell("amount-not-number", row, key);
        }
      },
    };
  },
};
