/** The CJK Unified Ideographs (U+4E00–U+9FFF): nearly every character of a Chinese cell. */
export const FIRST_IDEOGRAPH = 0x4e00;
export const LAST_IDEOGRAPH = 0x9fff;

export function isIdeograph(code: number): boolean {
  return code >= FIRST_IDEOGRAPH && code <= LAST_IDEOGRAPH;
}
