import { columnIndex, MONEY_KEYS, type MoneyKey } from "../form/columns";
import { cellAddress } from "../grid/address";
import { parseAmount, roundMoney } from "../text/amount";
import type { Check } from "./check";
import { MONEY_COLUMNS, moneyName, parseMoney, sheetMoneyUnit } from "./money";

/** Half a cent: totals are compared as the sheet shows them, with two decimals. */
const TOLERANCE = 0.005;

/**
 * A 合计 row must equal the sum of the data rows above it, column by column. A column with a
 * cell that says no number has no true sum, so it is left to amount-not-number.
 */
export const totalRowCheck: Check = {
  type: "total-row-sums",
  codes: ["total-row-mismatch"],
  start(ctx) {
    const total = ctx.form.totalRow;
    if (total === undefined) return {};
    const unit = sheetMoneyUnit(ctx);
    const sums = new Map<MoneyKey, number>(MONEY_KEYS.map((k) => [k, 0]));
    const unsummable = new Set<MoneyKey>();
    return {
      row(row) {
        for (const { key, index } of MONEY_COLUMNS) {
          const parsed = parseMoney(row, index, unit);
          if (parsed.kind === "number" || parsed.kind === "text-number") sums.set(key, sums.get(key)! + parsed.value);
          else if (parsed.kind === "not-number") unsummable.add(key);
        }
      },
      end() {
        for (const key of MONEY_KEYS) {
          if (unsummable.has(key)) continue;
          const raw = total.values[columnIndex(key)] ?? null;
          const parsed = parseAmount(raw, unit);
          if (parsed.kind !== "number" && parsed.kind !== "text-number") continue;
          const expected = roundMoney(sums.get(key)!);
          if (Math.abs(roundMoney(parsed.value) - expected) <= TOLERANCE) continue;
          const col = ctx.form.columnPositions[columnIndex(key)];
          ctx.row("total-row-mismatch", total.rowNumber, {
            ...(col === undefined ? {} : { cell: cellAddress(total.rowNumber, col) }),
            column: moneyName(key),
            value: raw,
            params: { expected },
          });
        }
      },
    };
  },
};
