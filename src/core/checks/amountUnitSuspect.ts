import type { MoneyKey } from "../form/columns";
import { unitExponent } from "../text/amount";
import type { Check } from "./check";
import { MONEY_COLUMNS, moneyOf, sheetMoneyUnit } from "./money";

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
    const rows = ctx.form.rows;
    const count = rows.length;
    // The positive amounts by column (NaN for none), gathered while each row is at hand: a second
    // pass over 100 000 rows at the end costs more in memory reads than the rule itself.
    const amounts = new Float64Array(MONEY_COLUMNS.length * count);
    let r = 0;
    return {
      row(row) {
        for (let c = 0; c < MONEY_COLUMNS.length; c++) {
          const amount = moneyOf(row, MONEY_COLUMNS[c]!.index, unit);
          amounts[c * count + r] = amount !== undefined && amount > 0 ? amount : Number.NaN;
        }
        r += 1;
      },
      end() {
        const positives = new Float64Array(count);
        for (let c = 0; c < MONEY_COLUMNS.length; c++) {
          const key: MoneyKey = MONEY_COLUMNS[c]!.key;
          const column = amounts.subarray(c * count, (c + 1) * count);
          let n = 0;
          for (let i = 0; i < count; i++) if (column[i]! > 0) positives[n++] = column[i]!;
          if (n === 0) continue;
          const limit = ABSURD_IN_WAN[key] * scale;
          const median = n >= MIN_ROWS_FOR_MEDIAN ? medianOf(positives.subarray(0, n)) : undefined;
          for (let i = 0; i < count; i++) {
            const amount = column[i]!;
            if (!(amount > 0)) continue;
            const overLimit = amount > limit;
            const overMedian = median !== undefined && amount >= median * ratio;
            if (!overLimit && !overMedian) continue;
            ctx.cell("amount-unit-suspect", rows[i]!, key, {
              params: { unit, ...(overMedian ? { median } : { limit }) },
            });
          }
        }
      },
    };
  },
};

/** The median of `values`, which it rearranges. */
function medianOf(values: Float64Array): number {
  const mid = values.length >> 1;
  const upper = selectNth(values, mid);
  if (values.length % 2 === 1) return upper;
  // After selection everything left of `mid` is ≤ values[mid]; the lower middle is their maximum.
  let lower = values[0]!;
  for (let i = 1; i < mid; i++) if (values[i]! > lower) lower = values[i]!;
  return (lower + upper) / 2;
}

/**
 * Hoare's quickselect: the k-th smallest value, rearranging `values` around it. Linear on average,
 * where sorting a 100 000-row column would cost several times more.
 */
function selectNth(values: Float64Array, k: number): number {
  let left = 0;
  let right = values.length - 1;
  while (left < right) {
    const pivot = medianOfThree(values[left]!, values[(left + right) >> 1]!, values[right]!);
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return values[k]!;
}

function medianOfThree(a: number, b: number, c: number): number {
  return a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
}
