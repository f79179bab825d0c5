import type { CellValue } from "../../core/grid/cell";
import type { CellRange } from "../../core/grid/grid";
import type { FooterSections } from "../../core/seal/footer";
import type { ProtectionAllowances } from "../../core/seal/protection";

/** How a cell looks beyond its value; only what the preview grid shows and an .xlsx keeps. */
export interface CellStyle {
  readonly bold?: boolean;
  /** Font size in points; the grid scales it. */
  readonly size?: number;
  readonly align?: "left" | "center" | "right";
  readonly wrap?: boolean;
  /** The background fill as `#RRGGBB`. */
  readonly fill?: string;
  readonly border?: boolean;
  /** Excel's number format; `@` (text) keeps a typed number as text, as Excel does. */
  readonly format?: string;
}

export interface PreviewCell {
  value: CellValue;
  style: CellStyle;
  /** A note (Excel's comment) shown on hover. */
  note?: string;
}

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

/** A dropdown list on a range, its values read from another sheet's range. */
export interface ListRule {
  readonly range: CellRange;
  readonly source: { readonly sheet: string; readonly range: CellRange };
}

/**
 * One worksheet of the in-memory workbook. Cells are keyed by A1 address; everything else Excel
 * shows about a sheet that the pane can observe (merges, visibility, protection) lives beside them.
 */
export interface PreviewSheet {
  /** Stays with the sheet when it is renamed or moved, as Excel's worksheet id does (`Grid.id`). */
  readonly id: string;
  name: string;
  cells: Map<string, PreviewCell>;
  merges: CellRange[];
  visibility: SheetVisibility;
  /** Present while the sheet is protected: what it allows, and the password (undefined when none was given). */
  protection?: { readonly allow: ProtectionAllowances; readonly password?: string };
  /** Widths in Excel character units, column A first. */
  columnWidths: number[];
  rowHeights: Map<number, number>;
  frozenRows: number;
  lists: ListRule[];
  /** Hidden rows and columns (1-based) and the print area, as the workbook was opened: the seal covers them. */
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  printArea?: CellRange[];
  /** The print footer of every page (the preview gives first, odd and even pages none of their own). */
  footer: FooterSections;
}

/** Ids are unique on the page, so a sheet never takes over another's id, even across workbooks opened in turn. */
let nextSheetId = 1;

export function emptySheet(name: string, visibility: SheetVisibility = "visible"): PreviewSheet {
  return {
    id: `{preview-sheet-${nextSheetId++}}`,
    name,
    cells: new Map(),
    merges: [],
    visibility,
    columnWidths: [],
    rowHeights: new Map(),
    frozenRows: 0,
    lists: [],
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    footer: { left: "", center: "", right: "" },
  };
}

export function inRange(range: CellRange, row: number, col: number): boolean {
  return row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}

/** The merged area that starts at (row, col), or undefined when the cell starts none. */
export function mergeAt(sheet: PreviewSheet, row: number, col: number): CellRange | undefined {
  return sheet.merges.find((m) => m.top === row && m.left === col);
}

/** True for a cell hidden under a merged area that another cell starts. */
export function coveredByMerge(sheet: PreviewSheet, row: number, col: number): boolean {
  return sheet.merges.some((m) => inRange(m, row, col) && !(m.top === row && m.left === col));
}
