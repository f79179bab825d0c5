import { MONEY_KEYS, type MoneyKey } from "../form/columns";
import type { FormRow } from "../form/formSheet";
import { unitExponent } from "../text/amount";
import type { Check } from "./check";
import { moneyOf, sheetMoneyUnit } from "./money";

/**
 * Beyond these amounts (in 万元) a single enterprise's figure is absurd enough to suspect 元:
 * 资产总额 and 营业收入 above 1 万亿元 are reached only by a handful of central industrial groups
 * (State Grid, Sinopec, CNPC …), while nearly every applicant's figure typed in 元 (≥ 1 亿元)
 * crosses it; China's most profitable industrial enterprises stay below 2000 亿元 利润 and
 * 5000 亿元 利税.
 */
const ABSURD_IN_WAN: Readonly<Record<MoneyKey, number>> = {
  assets: 1e8,
  revenue: 1e8,
  taxProfit: 5e7,
  profit: 2e7,
};
const WAN_EXPONENT = 4;

/** A median needs a few rows to say what "normal" is on this sheet. */
const MIN_ROWS_FOR_MEDIAN = 3;

interface Entry {
  readonly row: FormRow;
  readonly amount: number;
}

/**
 * A figure typed in 元 on a 万元 sheet is 10⁴ times too large. Flags an amount above the absurd
 * limit of its column, or about 10⁴× (from 10^3.5×) the sheet's median of that column.
 */
export const amountUnitSuspectCheck: Check = {
  type: "amount-unit-suspect",
  codes: ["amount-unit-suspect"],
  start(ctx) {
    const unit = sheetMoneyUnit(ctx);
    const exponent = unitExponent(unit);
    // On a sheet kept in 元 (or an unknown unit) there is no larger unit a clerk could have missed.
    if (exponent === undefined || exponent <= 0) return {};
    const scale = 10 ** (WAN_EXPONENT - exponent);
    const ratio = 10 ** (exponent - 0.5);
    const columns = new Map<MoneyKey, Entry[]>(MONEY_KEYS.map((k) => [k, []]));
    return {
      row(row) {
        for (const key of MONEY_KEYS) {
          const amount = moneyOf(row, key, unit);
          if (amount !== undefined && amount > 0) columns.get(key)!.push({ row, amount });
        }
      },
      end() {
        for (const key of MONEY_KEYS) {
          const entries = columns.get(key)!;
          const limit = ABSURD_IN_WAN[key] * scale;
          const median = entries.length >= MIN_ROWS_FOR_MEDIAN ? medianOf(entries.map((e) => e.amount)) : undefined;
          for (const { row, amount } of entries) {
            const overLimit = amount > limit;
            const overMedian = median !== undefined && amount >= median * ratio;
            if (!overLimit && !overMedian) continue;
            ctx.cell("amount-unit-suspect", row, key, {
              params: { unit, ...(overMedian ? { median } : { limit }) },
            });
          }
        }
      },
    };
  },
};

function medianOf(values: number[]): number {
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
