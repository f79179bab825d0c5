import { roundMoney } from "../text/amount";
import type { Check } from "./check";
import { MONEY_INDEX, moneyOf, sheetMoneyUnit } from "./money";

/**
 * Profit above revenue is possible (investment income, asset sales) but rare enough to confirm,
 * and a swapped pair of columns looks exactly like this.
 */
export const profitExceedsRevenueCheck: Check = {
  type: "profit-exceeds-revenue",
  codes: ["profit-exceeds-revenue"],
  start(ctx) {
    const unit = sheetMoneyUnit(ctx);
    return {
      row(row) {
        const profit = moneyOf(row, MONEY_INDEX.profit, unit);
        const revenue = moneyOf(row, MONEY_INDEX.revenue, unit);
        if (profit === undefined || revenue === undefined) return;
        if (roundMoney(profit) > roundMoney(revenue)) {
          ctx.cell("profit-exceeds-revenue", row, "profit", { params: { revenue } });
        }
      },
    };
  },
};
