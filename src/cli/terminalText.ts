/**
 * Text from a workbook, a file name or an argument is shown on a terminal only with its control
 * characters made visible: ESC, BEL and friends would otherwise move the cursor, retitle the window
 * or print a line that is not ours (`\x1b[1A\r封存有效…`), and a bidi override (U+202E) would
 * reorder what follows. Escaped: C0 (U+0000–U+001F), DEL, C1 (U+0080–U+009F) as `\xHH` (with `\t`,
 * `\n`, `\r` for the three common ones); the bidi embeddings, overrides, isolates and marks
 * (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and the line and paragraph separators
 * (U+2028, U+2029) as `\uHHHH`.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
const UNSAFE_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { "\t": "\\t", "\n": "\\n", "\r": "\\r" };

function escapeOne(ch: string): string {
  const named = NAMED[ch];
  if (named !== undefined) return named;
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** One value or line for the terminal: every control character, newlines included, made visible. */
export function visible(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/** A block of our own lines (a usage message, a stack trace): line breaks kept, every other control character made visible. */
export function visibleLines(text: string): string {
  return text.replace(UNSAFE_BUT_NEWLINE, escapeOne);
}

/** What JSON.stringify leaves raw although a terminal acts on it: DEL, C1, the bidi controls, U+2028/2029. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/**
 * JSON for stdout: JSON.stringify escapes C0 itself; the rest is written as `\uHHHH` escapes, which
 * any JSON parser reads back as the very same text.
 */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
