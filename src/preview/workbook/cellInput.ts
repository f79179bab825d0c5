import type { CellValue } from "../../core/grid/cell";

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * What a cell holds after someone types `text` into it, as Excel decides: a plain number becomes a
 * number (so a phone number typed into a General cell is stored as a number, just as in Excel),
 * TRUE/FALSE become booleans, a leading apostrophe or a text-formatted cell keeps the text,
 * an empty entry clears the cell. Thousands separators, full-width digits and unit words stay
 * text, which is what the checks expect to find in a hand-made sheet.
 */
export function typedValue(text: string, textFormatted: boolean): CellValue {
  if (text === "") return null;
  if (textFormatted) return text;
  if (text.startsWith("'")) return text.slice(1);
  const trimmed = text.trim();
  if (PLAIN_NUMBER.test(trimmed)) {
    const n = Number(trimmed);
    if (Number.isFinite(n)) return n;
  }
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE") return true;
  if (upper === "FALSE") return false;
  return text;
}
