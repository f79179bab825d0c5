/**
 * Terminal columns a string takes: East Asian wide and full-width characters take two, combining
 * marks and control characters none. Enough for the report table; no dependency needed.
 */
const WIDE = /[\u1100-\u115f\u231a\u231b\u2329\u232a\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6]/;
const ZERO = /[\u0000-\u001f\u007f-\u009f\u0300-\u036f\u200b-\u200f\ufe00-\ufe0f]/;

export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ZERO.test(ch)) continue;
    w += WIDE.test(ch) || (cp >= 0x20000 && cp <= 0x3fffd) || (cp >= 0x1f300 && cp <= 0x1faff) ? 2 : 1;
  }
  return w;
}

/** Cuts text to at most `max` columns, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/[\r\n\t]+/g, " ");
  if (textWidth(flat) <= max) return flat;
  let out = "";
  let w = 0;
  for (const ch of flat) {
    const cw = textWidth(ch);
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  return out + "…";
}

export function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - textWidth(text)));
}

/** An aligned plain-text table; the last column is not padded. */
export function formatTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, c) => Math.max(textWidth(h), ...rows.map((r) => textWidth(r[c] ?? ""))));
  const line = (r: readonly string[]) => r.map((cell, c) => (c === r.length - 1 ? cell : pad(cell, widths[c]!))).join("  ").trimEnd();
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
