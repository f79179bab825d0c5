import { formColumn, type MoneyKey } from "../form/columns";
import { valueOf } from "../form/formRow";
import type { FormRow } from "../form/formSheet";
import { amountValue, parseAmount, type ParsedAmount } from "../text/amount";
import type { CheckContext } from "./check";

/** The money unit amounts are read in: the one the sheet states, else the form's setting. */
export function sheetMoneyUnit(ctx: CheckContext): string {
  return ctx.form.moneyUnit ?? ctx.options.spec.moneyUnit;
}

export function parseMoney(row: FormRow, key: MoneyKey, unit: string): ParsedAmount {
  return parseAmount(valueOf(row, key), unit);
}

/** The amount a money cell says (number or text number); undefined when it says none. */
export function moneyOf(row: FormRow, key: MoneyKey, unit: string): number | undefined {
  return amountValue(valueOf(row, key), unit);
}

export function moneyName(key: MoneyKey): string {
  return formColumn(key).name;
}
