import type { FileKind } from "./fileKind";

/** A format's name as a clerk knows it (the file's extension), as the seal's messages say which format was copied. */
export const FORMAT_NAME: Readonly<Record<FileKind, string>> = {
  ooxml: ".xlsx",
  csv: ".csv",
  xls: ".xls/.et",
  xlsb: ".xlsb",
  ods: ".ods",
  fods: ".fods",
  html: "HTML (.xls)",
};
