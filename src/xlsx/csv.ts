import type { CellValue } from "../core/grid/cell";
import type { Grid } from "../core/grid/grid";
import { CellBudget, GridBuilder } from "./gridBuilder";
import { Unreadable } from "./unreadable";

export const MAX_CSV_BYTES = 50 * 1024 * 1024;

export function csvTooLarge(): Unreadable {
  return new Unreadable("too-large", "CSV 文件超过 50 MB，已拒绝读取", "the CSV file is over 50 MB; refused");
}

/** UTF-8 (with or without BOM) as written by most tools; GB18030 as Excel on Chinese Windows saves it. */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/**
 * A CSV cell as Excel would take it: plain decimals become numbers; numbers with more than ten
 * integer digits or a leading zero (phones, codes) stay text, as a clerk meant them.
 */
function csvValue(text: string): CellValue {
  if (/^-?(0|[1-9]\d{0,9})(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

/**
 * Every non-empty field of a CSV text into the builder at its row and column. Empty fields are
 * only counted, never stored, so that a file of 40 MB of commas costs no more than its text.
 */
function parseCsvInto(text: string, builder: GridBuilder): void {
  let row = 1;
  let col = 1;
  let field = "";
  let quoted = false;
  const endField = () => {
    if (field !== "") builder.set(row, col, csvValue(field));
    field = "";
    col++;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") endField();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endField();
      row++;
      col = 1;
    } else field += ch;
  }
  endField();
}

/** A .csv file's bytes as one sheet, named after the file. No file system: the browser reads CSV through it too. */
export function csvGridOf(bytes: Uint8Array, sheet: string, budget: CellBudget): Grid {
  if (bytes.byteLength > MAX_CSV_BYTES) throw csvTooLarge();
  const builder = new GridBuilder(budget);
  parseCsvInto(decode(bytes).replace(/^\uFEFF/, ""), builder);
  return builder.build(sheet, []).grid;
}
