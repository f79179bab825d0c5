import type { CellValue } from "../grid/cell";
import { DEFAULT_MONEY_UNIT } from "../form/formSpec";
import { toHalfWidth } from "./normalize";

/**
 * A money cell as a number. Clerks paste amounts from reports as text (`1,234.5`, `１２３４`,
 * `1200万元`); such text still says a number, so rules comparing amounts use it, while
 * `amount-text-number` asks for it to be stored as a number.
 */
export type ParsedAmount =
  | { readonly kind: "number"; readonly value: number }
  | {
      readonly kind: "text-number";
      /** The amount in the sheet's money unit. */
      readonly value: number;
      /** The unit word the text carried (`万元`, `亿`, `元` …), when it carried one. */
      readonly unitWord?: string;
    }
  | { readonly kind: "not-number" }
  | { readonly kind: "blank" };

/** Money units as powers of ten of 元, so converting between them is an exact decimal shift. */
const UNIT_EXPONENT: Readonly<Record<string, number>> = {
  元: 0,
  千元: 3,
  万: 4,
  万元: 4,
  百万元: 6,
  亿: 8,
  亿元: 8,
};

/** The power of ten of 元 a money unit stands for; undefined for a unit this tool does not know. */
export function unitExponent(unit: string): number | undefined {
  return UNIT_EXPONENT[unit.replace(/\s/g, "")];
}

const UNIT_SUFFIX = /\(?(百万元|千元|万元|亿元|万|亿|元)\)?$/;
const CURRENCY_PREFIX = /^[¥￥]/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

const NOT_NUMBER: { kind: "not-number" } = { kind: "not-number" };
const BLANK: { kind: "blank" } = { kind: "blank" };

/**
 * Reads a money cell. `sheetUnit` is the unit the sheet states (万元 by default); a unit word in
 * the text converts to it (`0.12亿` on a 万元 sheet is 1200, `1200元` is 0.12). A unit word that
 * cannot be converted to the sheet's unit makes the text no number.
 */
export function parseAmount(value: CellValue, sheetUnit: string = DEFAULT_MONEY_UNIT): ParsedAmount {
  if (typeof value === "number") {
    return Number.isFinite(value) ? { kind: "number", value: value === 0 ? 0 : value } : NOT_NUMBER;
  }
  if (value === null) return BLANK;
  if (typeof value !== "string") return NOT_NUMBER; // booleans, dates, #DIV/0! and other errors
  return parseAmountTextOnce(value, sheetUnit);
}

/**
 * Text amounts read before, by sheet unit: six money rules read each money cell, and parsing a
 * text costs some twenty times a lookup. Bounded, so that a long session does not grow it.
 */
const parsedTexts = new Map<string, Map<string, ParsedAmount>>();
const PARSED_TEXTS_LIMIT = 10_000;

function parseAmountTextOnce(text: string, sheetUnit: string): ParsedAmount {
  let byText = parsedTexts.get(sheetUnit);
  if (byText === undefined) {
    byText = new Map();
    parsedTexts.set(sheetUnit, byText);
  }
  const known = byText.get(text);
  if (known !== undefined) return known;
  const parsed = parseAmountText(text, sheetUnit);
  if (byText.size >= PARSED_TEXTS_LIMIT) byText.clear();
  byText.set(text, parsed);
  return parsed;
}

function parseAmountText(text: string, sheetUnit: string): ParsedAmount {
  let s = toHalfWidth(text)
    .replace(/[\u2212\u2012\u2013]/g, "-")
    .trim();
  if (s === "") return BLANK;
  s = s.replace(CURRENCY_PREFIX, "").trim();
  let unitWord: string | undefined;
  const unitMatch = UNIT_SUFFIX.exec(s);
  if (unitMatch) {
    unitWord = unitMatch[1]!;
    s = s.slice(0, unitMatch.index).trim();
  }
  let body: string;
  if (GROUPED.test(s)) body = s.replace(/,/g, "");
  else if (PLAIN.test(s)) body = s;
  else return NOT_NUMBER;

  let shift = 0;
  if (unitWord !== undefined) {
    const from = UNIT_EXPONENT[unitWord];
    const to = unitExponent(sheetUnit);
    if (from === undefined || to === undefined) return NOT_NUMBER;
    shift = from - to;
  }
  const amount = shiftDecimal(body, shift);
  if (!Number.isFinite(amount)) return NOT_NUMBER;
  return unitWord === undefined
    ? { kind: "text-number", value: amount === 0 ? 0 : amount }
    : { kind: "text-number", value: amount === 0 ? 0 : amount, unitWord };
}

/** `body × 10^shift` without binary rounding noise (1200 元 is 0.12 万元, not 0.12000000000000001). */
function shiftDecimal(body: string, shift: number): number {
  if (shift === 0) return Number(body);
  const [mantissa, exponent] = body.toLowerCase().split("e");
  return Number(`${mantissa}e${Number(exponent ?? "0") + shift}`);
}

/** The number a money cell says, whether stored as a number or as text; undefined otherwise. */
export function amountValue(value: CellValue, sheetUnit: string = DEFAULT_MONEY_UNIT): number | undefined {
  // Numbers are nearly every money cell; they need no parse result object.
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  const parsed = parseAmount(value, sheetUnit);
  return parsed.kind === "number" || parsed.kind === "text-number" ? parsed.value : undefined;
}

/** Rounds to cents of the sheet's unit: the form shows money with two decimals. */
export function roundMoney(value: number): number {
  return Math.round(value * 100) / 100;
}
