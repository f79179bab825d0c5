import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { CellValue } from "../core/grid/cell";
import type { Grid } from "../core/grid/grid";
import { Unreadable } from "./unreadable";

const MAX_CSV_BYTES = 50 * 1024 * 1024;

/** UTF-8 (with or without BOM) as written by most tools; GB18030 as Excel on Chinese Windows saves it. */
function decode(bytes: Buffer): string {
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
  if (text === "") return null;
  if (/^-?(0|[1-9]\d{0,9})(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

export function parseCsv(text: string): CellValue[][] {
  const rows: CellValue[][] = [];
  let row: CellValue[] = [];
  let field = "";
  let quoted = false;
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
    else if (ch === ",") {
      row.push(csvValue(field));
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(csvValue(field));
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(csvValue(field));
    rows.push(row);
  }
  return rows;
}

/** A .csv file as one sheet named after the file. */
export async function readCsvGrid(path: string): Promise<Grid> {
  const { size } = await stat(path);
  if (size > MAX_CSV_BYTES) {
    throw new Unreadable("too-large", "CSV 文件超过 50 MB，已拒绝读取", "the CSV file is over 50 MB; refused");
  }
  const values = parseCsv(decode(await readFile(path)).replace(/^\uFEFF/, ""));
  return { sheet: basename(path, extname(path)), origin: { row: 1, col: 1 }, values, merges: [] };
}
