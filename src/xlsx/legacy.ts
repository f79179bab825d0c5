import type { CellValue } from "../core/grid/cell";
import { excelSerialToDate, isDateFormat } from "../core/grid/dateFormat";
import { builtInFormat } from "../core/grid/builtInFormats";
import type { CellRange, Grid, SheetLayout } from "../core/grid/grid";
import { parsePrintArea } from "../core/grid/range";
import { allowancesOfSheetProtection } from "../core/seal/protection";
import type { SheetState } from "./workbookParts";
import { CellBudget, DEFAULT_READ_LIMITS, GridBuilder, type ReadLimits } from "./gridBuilder";
import type { LegacyKind } from "../core/workbook";
import { filePassOf, type FilePass } from "./biffFilePass";
import { needsPassword, Unreadable } from "./unreadable";
import { readForm } from "../core/reader";
import { odsSheetSizes } from "./odsSizes";
import { printLikeTemplate } from "./printLikeTemplate";
import { legacyTooLarge, MAX_LEGACY_BYTES } from "./legacyLimit";

/** Hidden = 1, very hidden = 2 in SheetJS's workbook properties. */
const VISIBILITY: readonly SheetState[] = ["visible", "hidden", "veryHidden"];

export interface LegacyWorkbook {
  readonly grids: Grid[];
  readonly sheets: readonly { readonly name: string; readonly state: SheetState }[];
}

type SheetJs = typeof import("@e965/xlsx");
type SheetJsCell = import("@e965/xlsx").CellObject;

/** Loaded on first use only: .xlsx and CSV never pay for it. */
let sheetJs: Promise<SheetJs> | undefined;
function loadSheetJs(): Promise<SheetJs> {
  sheetJs ??= import("@e965/xlsx");
  return sheetJs;
}

/** One SheetJS cell as the core's value: cached formula results, dates by number format, errors by their text. */
function valueOf(cell: SheetJsCell, date1904: boolean): CellValue {
  switch (cell.t) {
    case "n": {
      const n = cell.v as number;
      if (!Number.isFinite(n)) return null;
      return typeof cell.z === "string" && isDateFormat(cell.z) ? excelSerialToDate(n, date1904) : n;
    }
    case "s":
      return typeof cell.v === "string" && cell.v !== "" ? cell.v : null;
    case "b":
      return cell.v === true;
    case "e":
      return { error: cell.w ?? "#N/A" };
    case "d":
      return cell.v instanceof Date && !Number.isNaN(cell.v.getTime()) ? cell.v : null;
    case "z":
      return null;
  }
}

/** SheetJS names built-in formats 14 and 22 by its own codes; the other readers use Excel's. */
function sheetJsFormat(z: string | number | undefined): string | undefined {
  if (typeof z !== "string") return undefined;
  return z === "m/d/yy" ? builtInFormat(14) : z === "m/d/yy h:mm" ? builtInFormat(22) : z;
}

/** Hidden rows and columns, the print area and the protection, as far as SheetJS reads them from these formats. */
function sheetJsLayout(
  sheet: import("@e965/xlsx").WorkSheet | undefined,
  names: readonly import("@e965/xlsx").DefinedName[],
  index: number,
): SheetLayout {
  const hiddenRows: number[] = [];
  (sheet?.["!rows"] ?? []).forEach((row, i) => {
    if (row?.hidden === true) hiddenRows.push(i + 1);
  });
  const hiddenColumns: number[] = [];
  (sheet?.["!cols"] ?? []).forEach((col, i) => {
    if (col?.hidden === true) hiddenColumns.push(i + 1);
  });
  const name = names.find((n) => n.Name.toLowerCase() === "_xlnm.print_area" && n.Sheet === index);
  const printArea = name === undefined ? undefined : parsePrintArea(name.Ref);
  const protect = sheet?.["!protect"];
  // SheetJS keeps each flag as the attribute's value (true: the action prevented), as its writer
  // writes them back; an .xls Protect record is a bare boolean (every flag at its default).
  const protection =
    protect === undefined || (protect as unknown) === false
      ? undefined
      : allowancesOfSheetProtection((name) => {
          if (name === "sheet") return "1";
          const value = (protect as Record<string, unknown>)[name];
          return typeof value === "boolean" ? (value ? "1" : "0") : undefined;
        });
  return {
    hiddenRows,
    hiddenColumns,
    ...(printArea === undefined ? {} : { printArea }),
    ...(protection === undefined ? {} : { protection }),
  };
}

/**
 * How an Excel 97-2003 compound file is encrypted (an open password), if it is, judged by its
 * workbook stream (biffFilePass.ts) rather than by SheetJS's message, which for RC4 CryptoAPI is an
 * "Encryption Flags/AlgID mismatch" that reads like damage.
 */
export async function biffEncryptionOf(bytes: Uint8Array): Promise<FilePass | undefined> {
  const { CFB } = await loadSheetJs();
  let stream: Uint8Array | undefined;
  try {
    const container = CFB.read(bytes, { type: "array" }) as unknown;
    const entry = (CFB.find(container, "Workbook") ?? CFB.find(container, "Book")) as { content?: ArrayLike<number> } | null;
    stream = entry?.content === undefined ? undefined : Uint8Array.from(entry.content);
  } catch {
    return undefined;
  }
  return stream === undefined ? undefined : filePassOf(stream);
}

async function encryptedOrCorrupt(e: unknown, bytes: Uint8Array, kind: LegacyKind): Promise<Unreadable> {
  // An .xls with an open password reaches SheetJS undecrypted only when no password was given.
  if (kind === "xls" && (await biffEncryptionOf(bytes)) !== undefined) return needsPassword();
  const detail = e instanceof Error ? (e.message.split("\n")[0] ?? "") : String(e);
  // Another format's password (SheetJS says so) is one qbench cannot take off.
  if (/password/i.test(detail)) {
    return new Unreadable(
      "encrypted",
      "工作簿设置了打开密码（已加密），请取消密码后重新报送",
      "the workbook is encrypted (it has a password to open); remove the password and send it again",
    );
  }
  return new Unreadable("corrupt", `文件已损坏，内容无法解析（${detail}）`, `the file is damaged and cannot be parsed (${detail})`);
}

async function readBook(
  bytes: Uint8Array,
  kind: LegacyKind,
  dense = true,
  columnWidths = false,
): Promise<{ XLSX: SheetJs; book: import("@e965/xlsx").WorkBook }> {
  if (bytes.byteLength > MAX_LEGACY_BYTES) throw legacyTooLarge(kind);
  // SheetJS's XML reader takes a cut-off flat ODS for a shorter table; a whole one ends its root.
  if (kind === "fods" && !/<\/office:document>\s*$/.test(new TextDecoder("latin1").decode(bytes.subarray(-256)))) {
    throw new Unreadable("corrupt", "文件已损坏：内容不完整（被截断）", "the file is damaged: its content is cut off");
  }
  const XLSX = await loadSheetJs();
  // SheetJS reports ODS number formats it cannot translate with console.error; the cell values are
  // read all the same, and a reviewer's terminal must not fill with a library's diagnostics.
  const consoleError = console.error;
  console.error = () => undefined;
  try {
    return {
      XLSX,
      book: XLSX.read(bytes, {
        type: "array",
        dense,
        cellNF: true,
        cellStyles: columnWidths,
        cellDates: false,
        cellFormula: false,
        cellHTML: false,
      }),
    };
  } catch (e) {
    throw await encryptedOrCorrupt(e, bytes, kind);
  } finally {
    console.error = consoleError;
  }
}

/**
 * A legacy or non-OOXML workbook (.xls BIFF8/BIFF5, WPS .et, .xlsb, .ods, flat .fods, an HTML
 * table saved as .xls) through SheetJS, into the same grids as the .xlsx reader: values, cached
 * formula results, error values, dates in either date system, merged ranges, worksheet rows.
 * Bytes in, grids out, no file system: the browser's readers use it too.
 */
export async function legacyWorkbookOf(
  bytes: Uint8Array,
  kind: LegacyKind,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<LegacyWorkbook> {
  const { XLSX, book } = await readBook(bytes, kind);
  const budget = new CellBudget(limits.maxCells);
  const workbook = workbookOfBook(XLSX, book, budget);
  if (budget.used === 0) {
    throw new Unreadable("no-content", "工作簿是空的，没有任何单元格内容", "the workbook is empty: no cell holds anything");
  }
  return workbook;
}

/** Every cell of a SheetJS sheet, read dense (`!data`) or sparse (by A1 keys), with its worksheet row and column. */
function eachCell(
  XLSX: SheetJs,
  sheet: import("@e965/xlsx").WorkSheet | undefined,
  visit: (row: number, col: number, cell: SheetJsCell) => void,
): void {
  if (sheet === undefined) return;
  const dense = sheet["!data"] as (SheetJsCell | undefined)[][] | undefined;
  if (dense !== undefined) {
    dense.forEach((row, r) => row?.forEach((cell, c) => cell !== undefined && visit(r + 1, c + 1, cell)));
    return;
  }
  for (const key of Object.keys(sheet)) {
    if (key.startsWith("!")) continue;
    const { r, c } = XLSX.utils.decode_cell(key);
    visit(r + 1, c + 1, sheet[key] as SheetJsCell);
  }
}

/** A SheetJS workbook as the core's grids, one per sheet, with each sheet's visibility. */
function workbookOfBook(XLSX: SheetJs, book: import("@e965/xlsx").WorkBook, budget: CellBudget): LegacyWorkbook {
  const date1904 = book.Workbook?.WBProps?.date1904 === true;
  const grids: Grid[] = [];
  const sheets: { name: string; state: SheetState }[] = [];
  book.SheetNames.forEach((name, index) => {
    const sheet = book.Sheets[name];
    const builder = new GridBuilder(budget);
    eachCell(XLSX, sheet, (row, col, cell) => builder.set(row, col, valueOf(cell, date1904), sheetJsFormat(cell.z)));
    const merges: CellRange[] = (sheet?.["!merges"] ?? []).map((m) => ({
      top: m.s.r + 1,
      left: m.s.c + 1,
      bottom: m.e.r + 1,
      right: m.e.c + 1,
    }));
    grids.push(builder.build(name, merges, sheetJsLayout(sheet, book.Workbook?.Names ?? [], index)).grid);
    sheets.push({ name, state: VISIBILITY[book.Workbook?.Sheets?.[index]?.Hidden ?? 0] ?? "visible" });
  });
  return { grids, sheets };
}

/**
 * The same workbook as an .xlsx package, written by SheetJS from what it read (values, number
 * formats, merges, sheet visibility, and from a BIFF file its column widths and row heights), then
 * dressed to print like the template (printLikeTemplate.ts): fonts, borders, the template's widths,
 * A4 landscape fitted to the width, the header repeated on every page; an .ods's or .fods's
 * column widths, row heights and hidden sheets, which SheetJS drops, carried over. A seal lives in
 * OOXML parts, so a legacy workbook is sealed as this new file beside it; the dressing changes no
 * value, number format, merge, hidden row or column, sheet or print area, so the seal covers what
 * the source holds.
 */
export async function legacyAsXlsx(bytes: Uint8Array, kind: LegacyKind): Promise<Uint8Array> {
  // SheetJS's xlsx writer trips over the dense layout's missing rows; the sparse one it writes whole.
  const { XLSX, book } = await readBook(bytes, kind, false, true);
  const written = new Uint8Array(XLSX.write(book, { type: "array", bookType: "xlsx", compression: true }) as ArrayBuffer);
  const { grids } = workbookOfBook(XLSX, book, new CellBudget(DEFAULT_READ_LIMITS.maxCells));
  const form = readForm(grids).form;
  const sizes = kind === "ods" || kind === "fods" ? await odsSheetSizes(bytes, kind) : [];
  return printLikeTemplate(
    written,
    grids.find((g) => g.sheet === form?.sheet),
    sizes,
  );
}
