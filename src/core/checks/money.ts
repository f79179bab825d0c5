import { columnIndex, formColumn, MONEY_KEYS, type MoneyKey } from "../form/columns";
import type { FormRow } from "../form/formSheet";
import { amountValue, parseAmount, type ParsedAmount } from "../text/amount";
import type { CheckContext } from "./check";

/**
 * The money columns with their positions in FormRow.values, resolved once: money rules run on
 * every row of sheets with 100 000 rows, where a keyed lookup per cell is measurable.
 */
export const MONEY_COLUMNS: ReadonlyArray<{ readonly key: MoneyKey; readonly index: number }> = MONEY_KEYS.map((key) => ({
  key,
  index: columnIndex(key),
}));

export const MONEY_INDEX: Readonly<Record<MoneyKey, number>> = {
  assets: columnIndex("assets"),
  revenue: columnIndex("revenue"),
  taxProfit: columnIndex("taxProfit"),
  profit: columnIndex("profit"),
};

/** The money unit amounts are read in: the one the sheet states, else the form's setting. */
export function sheetMoneyUnit(ctx: CheckContext): string {
  return ctx.form.moneyUnit ?? ctx.options.spec.moneyUnit;
}

export function parseMoney(row: FormRow, index: number, unit: string): ParsedAmount {
  return parseAmount(row.values[index] ?? null, unit);
}

/** The amount a money cell says (number or text number); undefined when it says none. */
export function moneyOf(row: FormRow, index: number, unit: string): number | undefined {
  return amountValue(row.values[index] ?? null, unit);
}

export function moneyName(key: MoneyKey): string {
  return formColumn(key).name;
}
