import type { CellValue } from "../grid/cell";

/**
 * The generated form (docs/domain/form.md#the-generated-sheet) as plain data: everything the sheet
 * holds and how it looks, so that Excel (Office.js), the browser preview and a file (exceljs) only
 * apply it and show the very same sheet. Addresses are A1 on the form sheet unless a sheet is named.
 */
/** What a cell of the layout is; the hosts apply `styles`, and read the role only to find a cell (the 时间 value). */
export type CellRole = "annex" | "title" | "label" | "value" | "unitNote" | "header" | "note";

export interface LayoutCell {
  readonly address: string;
  /** Never a date: a date's serial depends on the workbook's date system, which a new sheet's writer does not know. */
  readonly value: Exclude<CellValue, Date>;
  readonly role: CellRole;
}

/** The two faces of the printed notice: 宋体 for the body, 黑体 for the title and the headings. */
export type LayoutFace = "body" | "title";

/** How the cells of a range look. Every host applies each field it can show. */
export interface LayoutStyle {
  readonly face: LayoutFace;
  /** Points. */
  readonly size: number;
  readonly bold: boolean;
  readonly horizontal: "left" | "center" | "right" | "general";
  readonly vertical: "middle" | "bottom";
  readonly wrap: boolean;
  readonly shrinkToFit: boolean;
  /** `box`: a thin line round every cell; `bottom`: an underline (a value to fill in on paper). */
  readonly border: "box" | "bottom" | "none";
}

export type LayoutValidation =
  | {
      readonly kind: "list";
      readonly range: string;
      /** An absolute reference to the list range, e.g. `'qbench_lists'!$A$2:$A$12` — never an inline list. */
      readonly source: string;
      readonly prompt: LayoutPrompt;
    }
  | { readonly kind: "decimal"; readonly range: string; readonly min: number; readonly prompt: LayoutPrompt }
  | { readonly kind: "textLength"; readonly range: string; readonly max: number; readonly prompt: LayoutPrompt }
  /** No restriction: only the input prompt that tells the clerk what the column wants. */
  | { readonly kind: "any"; readonly range: string; readonly prompt: LayoutPrompt };

export interface LayoutPrompt {
  readonly title: string;
  readonly text: string;
  /** The message shown when a value is refused. */
  readonly error: string;
}

/** A sheet of dropdown lists: one column per list, a heading in row 1, values below. */
export interface ListSheet {
  readonly name: string;
  readonly columns: ReadonlyArray<{ readonly heading: string; readonly values: readonly string[] }>;
}

export interface TemplateLayout {
  /** Preferred name of the form sheet; writers pick a free variant when it is taken. */
  readonly sheetName: string;
  readonly cells: readonly LayoutCell[];
  readonly merges: readonly string[];
  /** Widths in Excel character units, column A first. */
  readonly columnWidths: readonly number[];
  readonly rowHeights: ReadonlyArray<{ readonly row: number; readonly height: number }>;
  readonly headerRow: number;
  readonly firstDataRow: number;
  /** Rows prepared with formats, borders and validations (data rows the clerk fills). */
  readonly dataRowCount: number;
  readonly listSheet: ListSheet;
  readonly validations: readonly LayoutValidation[];
  /**
   * Number formats by range. Every cell the layout writes text into is text (`@`): what is written
   * or typed there stays as it is, never a formula.
   */
  readonly numberFormats: ReadonlyArray<{ readonly range: string; readonly format: string }>;
  /** Styles by range; ranges do not overlap. */
  readonly styles: ReadonlyArray<{ readonly range: string; readonly style: LayoutStyle }>;
  /** Font names of the faces. */
  readonly fonts: Readonly<Record<LayoutFace, string>>;
  /** Rows frozen at the top (down to and including the header row). */
  readonly frozenRows: number;
  readonly print: {
    readonly paper: "A4";
    readonly orientation: "landscape";
    readonly fitToWidth: 1;
    readonly fitToHeight: 0;
    /** Rows repeated on every printed page, e.g. "1:4". */
    readonly titleRows: string;
    readonly centerHorizontally: true;
    /** Inches, as Excel's Page Setup shows them. */
    readonly margins: PageMargins;
    /** The centre section of every page's footer (Excel's codes: &P the page, &N the page count). */
    readonly footerCenter: string;
  };
}

export interface PageMargins {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly header: number;
  readonly footer: number;
}
