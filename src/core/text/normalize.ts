import { isIdeograph } from "./ideograph";

/**
 * Text as clerks type it differs from text as compared: full-width letters and digits, ideographic
 * spaces, line breaks inside cells, 【】 or （） for brackets. These helpers fold such variants so that
 * comparisons see what a reader sees.
 */

const WIDE = /[\uff01-\uff5e\u3000]/g;
const WHITE_SPACE_RUN = /\s+/g;
const OPENING_BRACKETS = /[【〔[{]/g;
const CLOSING_BRACKETS = /[】〕\]}]/g;
/** Text no folding changes: printable ASCII other than lower case and brackets, and CJK ideographs. */
const ALREADY_KEY = /^[\x21-\x5a\x5c\x5e-\x60\x7c\x7e\u4e00-\u9fff]*$/;

function halfWidthChar(ch: string): string {
  return ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
}

/**
 * Code units that NFC leaves as they are whatever stands around them: below the combining
 * diacritics (U+0300), CJK punctuation before its tone marks (U+3000–U+3029), the unified
 * ideographs and full-width ASCII. None has a decomposition that changes under NFC, none takes
 * part in a composition as a later character, and all are starters.
 */
function isNfcStable(c: number): boolean {
  return c < 0x300 || isIdeograph(c) || (c >= 0x3000 && c <= 0x3029) || (c >= 0xff01 && c <= 0xff5e);
}

/**
 * Whether NFC surely leaves a text as it is (false: ask `normalize`). Cells are nearly always
 * ideographs and ASCII, so a scan answers them without the call into the Unicode library that
 * `normalize` makes. Such a text also holds no surrogate pairs.
 */
export function isSurelyNfc(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isNfcStable(text.charCodeAt(i))) return false;
  return true;
}

/** The NFC form of a text. */
export function toNfc(text: string): string {
  return isSurelyNfc(text) ? text : text.normalize("NFC");
}

/** Full-width ASCII (U+FF01–U+FF5E) to half-width, ideographic space to a plain space; NFC. */
export function toHalfWidth(text: string): string {
  return toNfc(text.replace(WIDE, halfWidthChar));
}

/**
 * The comparison key of a name: half-width, one bracket style, no white space at all (Chinese
 * names carry no meaningful spaces), Latin letters upper-cased. Runs once per cell in duplicate
 * checks, hence regular expressions rather than a loop over characters.
 */
export function nameKey(text: string): string {
  if (ALREADY_KEY.test(text)) return text;
  return toHalfWidth(text).replace(WHITE_SPACE_RUN, "").replace(OPENING_BRACKETS, "(").replace(CLOSING_BRACKETS, ")").toUpperCase();
}

/** Trimmed, NFC, with inner runs of white space (including line breaks) folded to one space. */
export function tidyText(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}
