/**
 * Whether a row or column is out of sight on the sheet and the printed page: marked hidden, or
 * sized to zero. A row of height 0 or a column of width 0 shows and prints nothing — spreadsheet
 * programs treat it as hidden, and Excel's own 隐藏 is a zero size with the flag — so a file that
 * only sets the size (as some producers write it) hides the line as surely as `hidden="1"`, and
 * every reader counts it so for the seal.
 */
export function isOutOfSight(hidden: boolean, size: number | undefined): boolean {
  return hidden || size === 0;
}
