import stringWidth from "string-width";
import { visible } from "./terminalText";

/** Terminal columns a string takes: East Asian wide characters two, combining marks none. */
export function textWidth(text: string): number {
  return stringWidth(text);
}

/** An escape `visible` wrote counts as one unit, so that a cut never splits it. */
const UNITS = /\\x[0-9a-f]{2}|\\u[0-9a-f]{4}|\\[tnr]|[\s\S]/gu;

/**
 * Text from a workbook for the terminal: control characters made visible (`visible`), then cut to
 * at most `max` columns (Chinese counts two), the cut marked with an ellipsis.
 */
export function clip(text: string, max: number): string {
  const shown = visible(text);
  if (textWidth(shown) <= max) return shown;
  let out = "";
  let w = 0;
  for (const unit of shown.match(UNITS) ?? []) {
    const cw = textWidth(unit);
    if (w + cw > max - 1) break;
    out += unit;
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
