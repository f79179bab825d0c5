import { cellAddress } from "../../core/grid/address";
import { REVIEW_MARK_FILL, type ReviewSheet } from "../../core/review";
import { emptySheet, type PreviewSheet } from "./sheet";

/** A review sheet as the preview shows it: bold titles, frozen, widths, marked rows filled; values kept as data. */
export function reviewPreviewSheet(review: ReviewSheet, name: string): PreviewSheet {
  const sheet = emptySheet(name);
  review.columns.forEach((column, c) => sheet.cells.set(cellAddress(1, c + 1), { value: column.title, style: { bold: true, wrap: true } }));
  const marked = new Set(review.marked);
  review.rows.forEach((row, r) => {
    const style = marked.has(r) ? { fill: REVIEW_MARK_FILL[review.kind] } : {};
    for (let c = 0; c < review.columns.length; c++) {
      const value = row[c] ?? null;
      if (value !== null || marked.has(r)) sheet.cells.set(cellAddress(r + 2, c + 1), { value, style });
    }
  });
  sheet.columnWidths = review.columns.map((c) => c.width);
  sheet.frozenRows = 1;
  return sheet;
}
