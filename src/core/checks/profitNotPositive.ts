import type { Check } from "./check";
import { MONEY_INDEX, moneyOf, sheetMoneyUnit } from "./money";

/** Annex 4 第九条: applicants must be profitable three years in a row, so 利润总额 of 0 fails too. */
export const profitNotPositiveCheck: Check = {
  type: "profit-not-positive",
  codes: ["profit-not-positive"],
  start(ctx) {
    const unit = sheetMoneyUnit(ctx);
    return {
      row(row) {
        const profit = moneyOf(row, MONEY_INDEX.profit, unit);
        if (profit !== undefined && profit <= 0) ctx.cell("profit-not-positive", row, "profit");
      },
    };
  },
};
