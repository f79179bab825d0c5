import stringWidth from "string-width";

/** Terminal columns a string takes: East Asian wide characters two, combining marks none. */
export function textWidth(text: string): number {
  return stringWidth(text);
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
  const line = (r: readonly string[]) =>
    r
      .map((cell, c) => (c === r.length - 1 ? cell : pad(cell, widths[c]!)))
      .join("  ")
      .trimEnd();
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
