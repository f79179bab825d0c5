import type { Grid } from "../core/grid/grid";
import { readCsvGrid } from "./csv";
import { CellBudget, DEFAULT_READ_LIMITS, GridBuilder, type LeftOutCells, type ReadLimits } from "./gridBuilder";
import { decryptWorkbookFile, needsPassword } from "./decrypt";
import { legacyWorkbookOf, readLegacyWorkbook, type LegacyWorkbook } from "./legacy";
import { readSheetXml } from "./sheetXml";
import type { FileKind, LegacyKind } from "../core/workbook";
import { sniffFile } from "./sniff";
import { readFailure, Unreadable } from "./unreadable";
import { readWorkbookParts, type WorkbookParts, type WorkbookSheet } from "./workbookParts";
import { CharBudget, DEFAULT_XML_LIMITS, type XmlLimits } from "./xmlPart";
import { DEFAULT_ZIP_LIMITS, ZipArchive, type ZipLimits } from "./zip";

export interface WorkbookGrids {
  readonly grids: Grid[];
  /** Every worksheet with its visibility, in workbook order. */
  readonly sheets: readonly Pick<WorkbookSheet, "name" | "state">[];
  /** What the file was read as, judged by its content. */
  readonly format: FileKind;
  /** Cells far right of a sheet's table that its grid left out (see `GridBuilder`). */
  readonly leftOut: readonly (LeftOutCells & { readonly sheet: string })[];
}

export interface ReadOptions {
  readonly zip?: ZipLimits;
  readonly read?: ReadLimits;
  readonly xml?: XmlLimits;
  /** The open password of an encrypted workbook (`--password`); it reaches the decryptor only. */
  readonly password?: string;
}

/** Every sheet part read once, in workbook order, into grids. */
async function readSheets(
  zip: ZipArchive,
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
    const merges = await readSheetXml(text, workbook, builder, chars);
    const built = builder.build(sheet.name, merges);
    grids.push(built.grid);
    if (built.leftOut !== undefined) leftOut.push({ sheet: sheet.name, ...built.leftOut });
  }
  return { grids, leftOut };
}

/**
 * Every sheet of a workbook (or the one sheet of a .csv) as plain grids. Anything that cannot be
 * read — corrupt, encrypted without the right password, text under a workbook's name, empty,
 * enormous — throws an `Unreadable` with the reason in Chinese and English; nothing else escapes.
 * A failure of the reader itself is an `internal` Unreadable, so that the user is not told their
 * file is damaged.
 */
export async function readWorkbook(path: string, options: ReadOptions = {}): Promise<WorkbookGrids> {
  const kind = await sniffFile(path);
  if (kind === "csv") {
    const grid = await readCsvGrid(path, new CellBudget((options.read ?? DEFAULT_READ_LIMITS).maxCells)).catch((e: unknown) => {
      throw readFailure(e);
    });
    if (grid.values.length === 0) throw noContent();
    return { grids: [grid], sheets: [{ name: grid.sheet, state: "visible" }], format: kind, leftOut: [] };
  }
  if (kind === "encrypted") {
    if (options.password === undefined) throw needsPassword();
    const bytes = await decryptWorkbookFile(path, options.password);
    return readPackage(
      () => ZipArchive.fromBytes(bytes, options.zip ?? DEFAULT_ZIP_LIMITS),
      (legacy) => legacyWorkbookOf(bytes, legacy, options.read ?? DEFAULT_READ_LIMITS),
      options,
    );
  }
  const legacy = (legacyKind: LegacyKind) => readLegacyWorkbook(path, legacyKind, options.read ?? DEFAULT_READ_LIMITS);
  if (kind !== "ooxml") return readLegacy(kind, legacy);
  return readPackage(() => ZipArchive.open(path, options.zip ?? DEFAULT_ZIP_LIMITS), legacy, options);
}

/** A zip: an OOXML workbook read by the single-pass reader, an .xlsb or .ods handed to the legacy reader. */
async function readPackage(
  open: () => Promise<ZipArchive>,
  legacy: (kind: LegacyKind) => Promise<LegacyWorkbook>,
  options: ReadOptions,
): Promise<WorkbookGrids> {
  let zip: ZipArchive | undefined;
  try {
    zip = await open();
    const packaged = zipKind(zip);
    if (packaged !== "ooxml") {
      zip.close();
      zip = undefined;
      return await readLegacy(packaged, legacy);
    }
    const chars = new CharBudget(options.xml ?? DEFAULT_XML_LIMITS);
    const workbook = await readWorkbookParts(zip, chars);
    const cells = new CellBudget((options.read ?? DEFAULT_READ_LIMITS).maxCells);
    const { grids, leftOut } = await readSheets(zip, workbook, cells, chars);
    if (cells.used === 0) throw noContent();
    return { grids, sheets: workbook.sheets.map(({ name, state }) => ({ name, state })), format: "ooxml", leftOut };
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

async function readLegacy(kind: LegacyKind, legacy: (kind: LegacyKind) => Promise<LegacyWorkbook>): Promise<WorkbookGrids> {
  try {
    const { grids, sheets } = await legacy(kind);
    return { grids, sheets, format: kind, leftOut: [] };
  } catch (e) {
    throw readFailure(e);
  }
}

function noContent(): Unreadable {
  return new Unreadable("no-content", "工作簿是空的，没有任何单元格内容", "the workbook is empty: no cell holds anything");
}

/** The grids only (every sheet, values and merges: what docs/domain/form.md#reading-a-form-someone-else-made needs). */
export async function readWorkbookGrids(path: string, options: ReadOptions = {}): Promise<Grid[]> {
  return (await readWorkbook(path, options)).grids;
}
