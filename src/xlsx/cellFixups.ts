import { SaxesParser } from "saxes";
import { parseAddress } from "../core/grid/address";
import type { CellValue } from "../core/grid/cell";
import { decodeXstring } from "./cellValue";

export interface CellFixup {
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
}

/**
 * The cells exceljs 4.4's streaming reader gets wrong, read again from the sheet's XML: an error
 * that a formula returned (it keeps no result at all, so `=A1/0` would read as blank) and an
 * inline rich string (it keeps only the last run). Only sheets that hold such cells are read twice.
 */
export async function readCellFixups(chunks: AsyncIterable<string>): Promise<CellFixup[]> {
  const fixups: CellFixup[] = [];
  const parser = new SaxesParser();
  let failure: Error | undefined;
  let cell: { row: number; col: number; type: "e" | "inlineStr" } | undefined;
  let parts: string[] = [];
  let inValue = false;
  let inText = false;
  let phonetic = 0;
  parser.on("error", (e) => {
    failure ??= e;
  });
  parser.on("opentag", (node) => {
    const a = node.attributes as Record<string, string>;
    switch (node.name) {
      case "c": {
        const at = a.r === undefined ? undefined : parseAddress(a.r);
        cell = at !== undefined && (a.t === "e" || a.t === "inlineStr") ? { ...at, type: a.t } : undefined;
        parts = [];
        break;
      }
      case "v":
        inValue = cell?.type === "e";
        break;
      case "rPh":
        phonetic++;
        break;
      case "t":
        inText = cell?.type === "inlineStr" && phonetic === 0;
        break;
    }
  });
  parser.on("text", (text) => {
    if (inValue || inText) parts.push(text);
  });
  parser.on("closetag", (node) => {
    switch (node.name) {
      case "v":
        inValue = false;
        break;
      case "t":
        inText = false;
        break;
      case "rPh":
        phonetic--;
        break;
      case "c":
        if (cell !== undefined) {
          const text = cell.type === "e" ? parts.join("").trim() : decodeXstring(parts.join(""));
          const value: CellValue = text === "" ? null : cell.type === "e" ? { error: text } : text;
          fixups.push({ row: cell.row, col: cell.col, value });
        }
        cell = undefined;
        break;
    }
  });
  for await (const chunk of chunks) {
    parser.write(chunk);
    if (failure) throw failure;
  }
  parser.close();
  if (failure) throw failure;
  return fixups;
}
