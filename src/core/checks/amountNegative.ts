import type { MoneyKey } from "../form/columns";
import type { Check } from "./check";
import { MONEY_INDEX, moneyOf, sheetMoneyUnit } from "./money";

/** 利润总额 is left to profit-not-positive: a loss there is an eligibility matter, not a typo. */
const NON_NEGATIVE: ReadonlyArray<{ readonly key: MoneyKey; readonly index: number }> = (["assets", "revenue", "taxProfit"] as const).map(
  (key) => ({ key, index: MONEY_INDEX[key] }),
);

/** 资产总额, 营业收入 and 利税总额 cannot be below zero, and an enterprise owns more than nothing. */
export const amountNegativeCheck: Check = {
  type: "amount-negative",
  codes: ["amount-negative"],
  start(ctx) {
    const unit = sheetMoneyUnit(ctx);
    return {
      row(row) {
        for (const { key, index } of NON_NEGATIVE) {
          const amount = moneyOf(row, index, unit);
          if (amount === undefined) continue;
          if (amount < 0) ctx.cell("amount-negative", row, key, { params: { reason: "negative" } });
          else if (amount === 0 && key === "assets") ctx.cell("amount-negative", row, key, { params: { reason: "zero-assets" } });
        }
      },
    };
  },
};
