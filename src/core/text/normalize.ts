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

/** Full-width ASCII (U+FF01–U+FF5E) to half-width, ideographic space to a plain space; NFC. */
export function toHalfWidth(text: string): string {
  return text.replace(WIDE, halfWidthChar).normalize("NFC");
}

/**
 * The comparison key of a name: half-width, one bracket style, no white space at all (Chinese
 * names carry no meaningful spaces), Latin letters upper-cased. Runs once per cell in duplicate
 * checks, hence regular expressions rather than a loop over characters.
 */
export function nameKey(text: string): string {
  if (ALREADY_KEY.test(text)) return text;
  return toHalfWidth(text)
    .replace(WHITE_SPACE_RUN, "")
    .replace(OPENING_BRACKETS, "(")
    .replace(CLOSING_BRACKETS, ")")
    .toUpperCase();
}

/** Trimmed, NFC, with inner runs of white space (including line breaks) folded to one space. */
export function tidyText(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}
