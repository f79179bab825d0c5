import type { CellValue } from "../core/grid/cell";
import { isOutOfSight } from "../core/grid/outOfSight";
import type { CellRange, SheetLayout } from "../core/grid/grid";
import { parseRange } from "../core/grid/range";
import { allowancesOfSheetProtection, type ProtectionAllowances } from "../core/seal/protection";
import { textValue } from "./cellValue";
import { excelSerialToDate } from "./dateFormats";
import { MAX_COL, type GridBuilder } from "./gridBuilder";
import type { WorkbookParts } from "./workbookParts";
import { readXmlPart, type CharBudget, type XmlPartHandler } from "./xmlPart";

/** The column of an A1 reference's letters, without building the row's number again. */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 0x60);
  }
  return col;
}

/**
 * The value a cell shows, from its type (`t`), its `<v>` text or inline string, and whether its
 * style shows a date. A formula's cached result is typed the same way, booleans and errors
 * included, so `=A1>0` reads TRUE and `=1/0` reads #DIV/0!.
 */
function cellValue(type: string | undefined, text: string, isDate: boolean, date1904: boolean, strings: readonly string[]): CellValue {
  switch (type) {
    case "s": {
      const s = strings[Number(text)];
      return s === undefined ? null : textValue(s);
    }
    case "str":
    case "inlineStr":
      return textValue(text);
    case "b":
      return text.trim() === "" ? null : parseInt(text, 10) !== 0;
    case "e": {
      const error = text.trim();
      return error === "" ? null : { error };
    }
    case "d": {
      // Strict Open XML and some producers store dates as ISO 8601 text.
      const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text.trim()) ? text.trim() : `${text.trim()}Z`);
      return Number.isNaN(date.getTime()) ? null : date;
    }
    default: {
      const n = parseFloat(text);
      if (!Number.isFinite(n)) return null;
      return isDate ? excelSerialToDate(n, date1904) : n;
    }
  }
}

const isOn = (flag: string | undefined): boolean => flag === "1" || flag === "true";

/** What a worksheet part says besides its cells. */
export interface SheetPart {
  readonly merges: CellRange[];
  /** Hidden rows and columns and the protection; the print area lives in the workbook part. */
  readonly layout: Omit<SheetLayout, "printArea">;
}

/**
 * One worksheet part in one pass: every cell's value and number format into the builder, the
 * merged ranges, the hidden rows (`<row hidden>` or `ht="0"`) and columns (`<col hidden>` or `width="0"`) and whether the
 * sheet is protected. Rows and cells without a reference (which some producers omit) follow the
 * one before.
 */
export async function readSheetXml(
  chunks: AsyncIterable<string>,
  workbook: WorkbookParts,
  builder: GridBuilder,
  budget: CharBudget,
): Promise<SheetPart> {
  const merges: CellRange[] = [];
  const hiddenRows: number[] = [];
  const hiddenColumns = new Set<number>();
  let protection: ProtectionAllowances | undefined;
  const { sharedStrings, dateStyles, styleFormats, date1904 } = workbook;
  let inSheetData = false;
  let row = 0;
  let col = 0;
  let inCell = false;
  let type: string | undefined;
  let style = 0;
  let text = "";
  /** Collecting `<v>`, or `<t>` of an inline string outside its phonetic guide. */
  let collecting = false;
  let phonetic = 0;
  const handler: XmlPartHandler = {
    open(name, a) {
      switch (name) {
        case "c": {
          if (!inSheetData) return;
          const ref = a.r;
          const at = ref === undefined ? undefined : columnOf(ref);
          col = at === undefined || at === 0 ? col + 1 : at;
          inCell = true;
          type = a.t;
          style = a.s === undefined ? 0 : Number(a.s);
          text = "";
          return;
        }
        case "v":
          collecting = inCell;
          return;
        case "t":
          collecting = inCell && type === "inlineStr" && phonetic === 0;
          return;
        case "rPh":
          phonetic++;
          return;
        case "row": {
          if (!inSheetData) return;
          const r = a.r === undefined ? NaN : Number(a.r);
          row = Number.isInteger(r) && r > 0 ? r : row + 1;
          col = 0;
          if (isOutOfSight(isOn(a.hidden), a.ht === undefined ? undefined : Number(a.ht))) hiddenRows.push(row);
          return;
        }
        case "col": {
          if (!isOutOfSight(isOn(a.hidden), a.width === undefined ? undefined : Number(a.width))) return;
          const min = Math.max(1, Number(a.min));
          const max = Math.min(MAX_COL, Number(a.max ?? a.min));
          for (let c = min; c <= max; c++) hiddenColumns.add(c);
          return;
        }
        case "sheetProtection":
          protection = allowancesOfSheetProtection((name) => a[name]);
          return;
        case "sheetData":
          inSheetData = true;
          return;
        case "mergeCell": {
          const range = a.ref === undefined ? undefined : parseRange(a.ref);
          if (range !== undefined) merges.push(range);
          return;
        }
        default:
          return;
      }
    },
    text(t) {
      if (collecting) text += t;
    },
    close(name) {
      switch (name) {
        case "v":
        case "t":
          collecting = false;
          return;
        case "rPh":
          phonetic--;
          return;
        case "c":
          if (!inCell) return;
          inCell = false;
          if (text !== "" && row > 0) {
            builder.set(row, col, cellValue(type, text, dateStyles[style] === true, date1904, sharedStrings), styleFormats[style]);
          }
          return;
        case "sheetData":
          inSheetData = false;
          return;
        default:
          return;
      }
    },
  };
  await readXmlPart(chunks, handler, budget);
  return {
    merges,
    layout: { hiddenRows, hiddenColumns: [...hiddenColumns].sort((a, b) => a - b), ...(protection === undefined ? {} : { protection }) },
  };
}
