import { roundMoney } from "../text/amount";
import type { Check } from "./check";
import { MONEY_INDEX, moneyOf, sheetMoneyUnit } from "./money";

/** 利税 = 利润 + 税金 and taxes are never negative, so 利税总额 cannot be below 利润总额. */
export const taxLessThanProfitCheck: Check = {
  type: "tax-less-than-profit",
  codes: ["tax-less-than-profit"],
  start(ctx) {
    const unit = sheetMoneyUnit(ctx);
    return {
      row(row) {
        const taxProfit = moneyOf(row, MONEY_INDEX.taxProfit, unit);
        const profit = moneyOf(row, MONEY_INDEX.profit, unit);
        if (taxProfit === undefined || profit === undefined) return;
        // Compared in cents, as the sheet shows them, so float noise in pasted figures is no finding.
        if (roundMoney(taxProfit) < roundMoney(profit)) {
          ctx.cell("tax-less-than-profit", row, "taxProfit", { params: { profit } });
        }
      },
    };
  },
};
