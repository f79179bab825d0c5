import type { Grid } from "../core/grid/grid";
import { readCellFixups } from "./cellFixups";
import { cellValueOf } from "./cellValue";
import { readCsvGrid } from "./csv";
import { ExcelStream, type StreamedSheet } from "./excelStream";
import { CellBudget, DEFAULT_READ_LIMITS, GridBuilder, type ReadLimits } from "./gridBuilder";
import { SheetTap } from "./sheetTap";
import { readLegacyWorkbook } from "./legacy";
import { sniffFile, type FileKind, type LegacyKind } from "./sniff";
import { readFailure, Unreadable } from "./unreadable";
import { DEFAULT_ZIP_LIMITS, ZipArchive, type ZipLimits } from "./zip";

export interface WorkbookGrids {
  readonly grids: Grid[];
  /** Every worksheet with its visibility, in workbook order. */
  readonly sheets: readonly Pick<StreamedSheet, "name" | "state">[];
  /** What the file was read as, judged by its content. */
  readonly format: FileKind;
}

export interface ReadOptions {
  readonly zip?: ZipLimits;
  readonly read?: ReadLimits;
}

/** One worksheet through exceljs's streaming reader, row by row, so that memory holds only values. */
async function readSheet(workbook: ExcelStream, sheet: StreamedSheet, budget: CellBudget): Promise<Grid> {
  const builder = new GridBuilder(budget);
  const tap = new SheetTap();
  const date1904 = workbook.date1904;
  for await (const row of workbook.rows(tap.pass(await workbook.text(sheet)))) {
    const r = row.number;
    row.eachCell((cell, col) => builder.set(r, col, cellValueOf(cell, date1904)));
  }
  if (tap.needsFixups) {
    for (const { row, col, value } of await readCellFixups(await workbook.text(sheet))) builder.set(row, col, value);
  }
  return builder.build(sheet.name, tap.merges);
}

/**
 * Every sheet of a workbook (or the one sheet of a .csv) as plain grids. Anything that cannot be
 * read — corrupt, encrypted, legacy, text under a workbook's name, empty, enormous — throws an
 * `Unreadable` with the reason in Chinese and English; nothing else escapes. A failure of the
 * reader itself is an `internal` Unreadable, so that the user is not told their file is damaged.
 */
export async function readWorkbook(path: string, options: ReadOptions = {}): Promise<WorkbookGrids> {
  const kind = await sniffFile(path);
  if (kind === "csv") {
    const grid = await readCsvGrid(path);
    if (grid.values.length === 0) throw noContent();
    return { grids: [grid], sheets: [{ name: grid.sheet, state: "visible" }], format: kind };
  }
  if (kind !== "ooxml") return readLegacy(path, kind, options);
  let zip: ZipArchive | undefined;
  try {
    zip = await ZipArchive.open(path, options.zip ?? DEFAULT_ZIP_LIMITS);
    const packaged = zipKind(zip);
    if (packaged !== "ooxml") {
      zip.close();
      zip = undefined;
      return await readLegacy(path, packaged, options);
    }
    const workbook = await ExcelStream.open(zip);
    const budget = new CellBudget((options.read ?? DEFAULT_READ_LIMITS).maxCells);
    const grids: Grid[] = [];
    for (const sheet of workbook.sheets) grids.push(await readSheet(workbook, sheet, budget));
    if (budget.used === 0) throw noContent();
    return { grids, sheets: workbook.sheets.map(({ name, state }) => ({ name, state })), format: kind };
  } catch (e) {
    throw readFailure(e);
  } finally {
    zip?.close();
  }
}

/** A zip is an .xlsx/.xlsm/.xltx (OOXML), an .xlsb (binary parts) or an .ods (OpenDocument), by its parts. */
function zipKind(zip: ZipArchive): "ooxml" | "xlsb" | "ods" {
  if (zip.entries.has("xl/workbook.bin")) return "xlsb";
  if (!zip.entries.has("[Content_Types].xml") && zip.entries.has("content.xml")) return "ods";
  return "ooxml";
}

async function readLegacy(path: string, kind: LegacyKind, options: ReadOptions): Promise<WorkbookGrids> {
  try {
    const { grids, sheets } = await readLegacyWorkbook(path, kind, options.read ?? DEFAULT_READ_LIMITS);
    return { grids, sheets, format: kind };
  } catch (e) {
    throw readFailure(e);
  }
}

function noContent(): Unreadable {
  return new Unreadable("no-content", "工作簿是空的，没有任何单元格内容", "the workbook is empty: no cell holds anything");
}

/** The grids only (SPEC: every sheet, values and merges). */
export async function readWorkbookGrids(path: string, options: ReadOptions = {}): Promise<Grid[]> {
  return (await readWorkbook(path, options)).grids;
}
