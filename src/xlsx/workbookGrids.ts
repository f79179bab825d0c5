import type { Grid } from "../core/grid/grid";
import { csvGridOf } from "./csv";
import { CellBudget, DEFAULT_READ_LIMITS, GridBuilder, type LeftOutCells, type ReadLimits } from "./gridBuilder";
import type { LegacyWorkbook } from "./legacy";
import { readSheetXml } from "./sheetXml";
import type { FileKind, LegacyKind } from "../core/workbook";
import { readFailure, Unreadable } from "./unreadable";
import { readWorkbookParts, type WorkbookParts, type WorkbookSheet, type ZipParts } from "./workbookParts";
import { CharBudget, DEFAULT_XML_LIMITS, type XmlLimits } from "./xmlPart";

/**
 * The reader behind every front: a workbook's parts, its legacy formats and CSV into grids, with
 * no file system, so that the command line (readGrids.ts, from disk) and the web page (readBytes.ts,
 * from a dropped file) read every file the same way.
 */
export interface WorkbookGrids {
  readonly grids: Grid[];
  /** Every worksheet with its visibility, in workbook order. */
  readonly sheets: readonly Pick<WorkbookSheet, "name" | "state">[];
  /** What the file was read as, judged by its content. */
  readonly format: FileKind;
  /** Cells far right of a sheet's table that its grid left out (see `GridBuilder`). */
  readonly leftOut: readonly (LeftOutCells & { readonly sheet: string })[];
}

export interface GridLimits {
  readonly read?: ReadLimits;
  readonly xml?: XmlLimits;
}

function noContent(): Unreadable {
  return new Unreadable("no-content", "工作簿是空的，没有任何单元格内容", "the workbook is empty: no cell holds anything");
}

/** Every sheet part read once, in workbook order, into grids. */
async function readSheets(
  zip: ZipParts,
  workbook: WorkbookParts,
  cells: CellBudget,
  chars: CharBudget,
): Promise<Pick<WorkbookGrids, "grids" | "leftOut">> {
  const grids: Grid[] = [];
  const leftOut: (LeftOutCells & { sheet: string })[] = [];
  for (const sheet of workbook.sheets) {
    const text = await zip.text(sheet.part);
    if (text === undefined) continue;
    const builder = new GridBuilder(cells);
    const part = await readSheetXml(text, workbook, builder, chars);
    const built = builder.build(sheet.name, part.merges, {
      ...part.layout,
      ...(sheet.printArea === undefined ? {} : { printArea: sheet.printArea }),
    });
    grids.push(built.grid);
    if (built.leftOut !== undefined) leftOut.push({ sheet: sheet.name, ...built.leftOut });
  }
  return { grids, leftOut };
}

/**
 * A zip is an .xlsx/.xlsm/.xltx (OOXML), an .xlsb (binary parts) or an .ods (OpenDocument), by its
 * parts; an .ods LibreOffice 24.2 or later encrypted holds only its `encrypted-package`.
 */
export function zipKind(zip: ZipParts): "ooxml" | "xlsb" | "ods" {
  if (zip.has("xl/workbook.bin")) return "xlsb";
  if (!zip.has("[Content_Types].xml") && (zip.has("content.xml") || zip.has("encrypted-package"))) return "ods";
  return "ooxml";
}

/** An OOXML workbook's sheets by the single-pass reader: each part read once, as it inflates. */
export async function readOoxmlGrids(zip: ZipParts, limits: GridLimits): Promise<WorkbookGrids> {
  const chars = new CharBudget(limits.xml ?? DEFAULT_XML_LIMITS);
  const workbook = await readWorkbookParts(zip, chars);
  const cells = new CellBudget((limits.read ?? DEFAULT_READ_LIMITS).maxCells);
  const { grids, leftOut } = await readSheets(zip, workbook, cells, chars);
  if (cells.used === 0) throw noContent();
  return { grids, sheets: workbook.sheets.map(({ name, state }) => ({ name, state })), format: "ooxml", leftOut };
}

/** A legacy workbook (through SheetJS) as the reader's result; any failure an `Unreadable`. */
export async function readLegacyGrids(kind: LegacyKind, legacy: (kind: LegacyKind) => Promise<LegacyWorkbook>): Promise<WorkbookGrids> {
  try {
    const { grids, sheets } = await legacy(kind);
    return { grids, sheets, format: kind, leftOut: [] };
  } catch (e) {
    throw readFailure(e);
  }
}

/** A .csv file's bytes as the reader's result. */
export function readCsvGrids(bytes: Uint8Array, sheet: string, limits: GridLimits): WorkbookGrids {
  let grid: Grid;
  try {
    grid = csvGridOf(bytes, sheet, new CellBudget((limits.read ?? DEFAULT_READ_LIMITS).maxCells));
  } catch (e) {
    throw readFailure(e);
  }
  if (grid.values.length === 0) throw noContent();
  return { grids: [grid], sheets: [{ name: grid.sheet, state: "visible" }], format: "csv", leftOut: [] };
}

/** A zip opened by `open` (and closed afterwards): OOXML read here, .xlsb/.ods handed to SheetJS. */
export async function readPackageGrids(
  open: () => Promise<ZipParts & { close(): void }>,
  legacy: (kind: LegacyKind) => Promise<LegacyWorkbook>,
  limits: GridLimits,
): Promise<WorkbookGrids> {
  let zip: (ZipParts & { close(): void }) | undefined;
  try {
    zip = await open();
    const packaged = zipKind(zip);
    if (packaged !== "ooxml") {
      zip.close();
      zip = undefined;
      return await readLegacyGrids(packaged, legacy);
    }
    return await readOoxmlGrids(zip, limits);
  } catch (e) {
    throw readFailure(e);
  } finally {
    zip?.close();
  }
}

/** SheetJS over bytes already in memory; it loads (a chunk of its own in the page) with the first legacy file. */
export const legacyOfBytes =
  (bytes: Uint8Array, limits: GridLimits) =>
  async (kind: LegacyKind): Promise<LegacyWorkbook> => {
    const { legacyWorkbookOf } = await import(/* webpackChunkName: "legacy" */ "./legacy");
    return legacyWorkbookOf(bytes, kind, limits.read ?? DEFAULT_READ_LIMITS);
  };
