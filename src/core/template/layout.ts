import type { CellValue } from "../grid/cell";

/**
 * The generated form (docs/domain/form.md#the-generated-sheet) as plain data, so that the exceljs writer and the Office.js writer
 * render the very same sheet. Addresses are A1 on the form sheet unless a sheet is named.
 */
export type CellRole = "annex" | "title" | "label" | "value" | "unitNote" | "header" | "data" | "note";

export interface LayoutCell {
  readonly address: string;
  readonly value: CellValue;
  readonly role: CellRole;
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
  readonly numberFormats: ReadonlyArray<{ readonly range: string; readonly format: string }>;
  /** Rows frozen at the top (down to and including the header row). */
  readonly frozenRows: number;
  readonly print: {
    readonly paper: "A4";
    readonly orientation: "landscape";
    readonly fitToWidth: 1;
    readonly fitToHeight: 0;
    /** Rows repeated on every printed page, e.g. "1:4". */
    readonly titleRows: string;
  };
}
