/** How many `0`s wide a line of text prints (a Chinese character is two): the host measures. */
export type TextWidth = (line: string) => number;

/** Points per line of 10.5–11 pt text, as Excel lays it out. */
const LINE_HEIGHT = 14.5;

/**
 * The height (points) a row needs for its wrapped cells: each cell's text in lines as its column
 * (`width` in widths of "0") wraps it, the tallest cell deciding, never below `minHeight`. Excel
 * and LibreOffice keep a row's stored height when they open a file, so a row written without it
 * would cut the text off on screen and run it into the next row on paper.
 */
export function wrappedHeight(
  cells: Iterable<{ readonly text: string; readonly width: number }>,
  textWidth: TextWidth,
  minHeight: number,
): number {
  let lines = 1;
  for (const { text, width } of cells) {
    const usable = Math.max(1, width - 1);
    let cellLines = 0;
    for (const line of text.split(/\r?\n/)) cellLines += Math.max(1, Math.ceil(textWidth(line) / usable));
    lines = Math.max(lines, cellLines);
  }
  return Math.max(minHeight, lines * LINE_HEIGHT + 4);
}
