import { EXPERIENCE_INDEX } from "../form/columns";
import { cellText, isBlank, isWhiteSpaceCode } from "../grid/cell";
import { isSurelyNfc } from "../text/normalize";
import type { Check } from "./check";

/** Annex 2: 质量标杆名称（40 字以内）. */
export const EXPERIENCE_MAX_LENGTH = 40;

/**
 * Characters as a person counts them: code points (an astral character is one, not two UTF-16
 * units) of the NFC text, surrounding white space aside.
 */
export function characterCount(text: string): number {
  if (isSurelyNfc(text)) return trimmedLength(text);
  const s = text.normalize("NFC").trim();
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const completesPair = c >= 0xdc00 && c <= 0xdfff && i > 0 && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800;
    if (!completesPair) n++;
  }
  return n;
}

/** The length of `text.trim()`, without making the trimmed copy. */
function trimmedLength(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && isWhiteSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--;
  return end - start;
}

export const experienceLengthCheck: Check = {
  type: "experience-name-length",
  codes: ["experience-name-too-long"],
  start() {
    return {
      row(row, ctx) {
        const value = row.values[EXPERIENCE_INDEX] ?? null;
        if (isBlank(value)) return;
        const length = characterCount(cellText(value));
        if (length > EXPERIENCE_MAX_LENGTH) ctx.cell("experience-name-too-long", row, "experience", { params: { length } });
      },
    };
  },
};
