/** Formats read through SheetJS (see src/xlsx/legacy.ts) rather than the streaming .xlsx reader. */
export type LegacyKind = "xls" | "xlsb" | "ods" | "fods" | "html";

/** What a file holds, judged by its content (a renamed file keeps its true kind). */
export type FileKind = "ooxml" | "csv" | LegacyKind;
