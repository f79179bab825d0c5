/**
 * Text as clerks type it differs from text as compared: full-width letters and digits, ideographic
 * spaces, line breaks inside cells, 【】 or （） for brackets. These helpers fold such variants so that
 * comparisons see what a reader sees.
 */

/** Full-width ASCII (U+FF01–U+FF5E) to half-width, ideographic space to a plain space; NFC. */
export function toHalfWidth(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else out += text[i];
  }
  return out.normalize("NFC");
}

const BRACKETS: Readonly<Record<string, string>> = {
  "（": "(", "）": ")", "【": "(", "】": ")", "〔": "(", "〕": ")", "［": "(", "］": ")",
  "[": "(", "]": ")", "｛": "(", "｝": ")", "{": "(", "}": ")",
};

/**
 * The comparison key of a name: half-width, one bracket style, no white space at all (Chinese
 * names carry no meaningful spaces), Latin letters upper-cased.
 */
export function nameKey(text: string): string {
  const half = toHalfWidth(text);
  let out = "";
  for (const ch of half) {
    if (/\s/.test(ch)) continue;
    out += BRACKETS[ch] ?? ch;
  }
  return out.toUpperCase();
}

/** Trimmed, NFC, with inner runs of white space (including line breaks) folded to one space. */
export function tidyText(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}
