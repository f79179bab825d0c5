import type { Grid } from "../core/grid/grid";
import { readCsvGrid } from "./csv";
import { DEFAULT_READ_LIMITS, readDateStyles, readSharedStrings, readSheet, readWorkbookParts, type ReadLimits, type SheetInfo } from "./ooxml";
import { sniffFile } from "./sniff";
import { Unreadable } from "./unreadable";
import { DEFAULT_ZIP_LIMITS, ZipArchive, type ZipLimits } from "./zip";

export interface WorkbookGrids {
  readonly grids: Grid[];
  /** Every worksheet with its visibility, in workbook order. */
  readonly sheets: readonly Pick<SheetInfo, "name" | "state">[];
}

export interface ReadOptions {
  readonly zip?: ZipLimits;
  readonly read?: ReadLimits;
}

/**
 * Every sheet of a workbook (or the one sheet of a .csv) as plain grids. Anything that cannot be
 * read — corrupt, encrypted, legacy, text under a workbook's name, empty, enormous — throws an
 * `Unreadable` with the reason in Chinese and English; nothing else escapes.
 */
export async function readWorkbook(path: string, options: ReadOptions = {}): Promise<WorkbookGrids> {
  const kind = await sniffFile(path);
  if (kind === "csv") {
    const grid = await readCsvGrid(path);
    if (grid.values.length === 0) throw noContent();
    return { grids: [grid], sheets: [{ name: grid.sheet, state: "visible" }] };
  }
  let zip: ZipArchive | undefined;
  try {
    zip = await ZipArchive.open(path, options.zip ?? DEFAULT_ZIP_LIMITS);
    const parts = await readWorkbookParts(zip);
    const [strings, dateStyles] = [await readSharedStrings(zip, parts.sharedStrings), await readDateStyles(zip, parts.styles)];
    const budget = { cells: 0, max: (options.read ?? DEFAULT_READ_LIMITS).maxCells };
    const grids: Grid[] = [];
    for (const sheet of parts.sheets) {
      grids.push(await readSheet(zip, sheet, { strings, dateStyles, date1904: parts.date1904, budget }));
    }
    if (budget.cells === 0) throw noContent();
    return { grids, sheets: parts.sheets.map(({ name, state }) => ({ name, state })) };
  } catch (e) {
    if (e instanceof Unreadable) throw e;
    const detail = e instanceof Error ? e.message.split("\n")[0]! : String(e);
    throw new Unreadable("corrupt", `文件已损坏，内容无法解析（${detail}）`, `the file is damaged and cannot be parsed (${detail})`);
  } finally {
    await zip?.close();
  }
}

function noContent(): Unreadable {
  return new Unreadable("no-content", "工作簿是空的，没有任何单元格内容", "the workbook is empty: no cell holds anything");
}

/** The grids only (SPEC: every sheet, values and merges). */
export async function readWorkbookGrids(path: string, options: ReadOptions = {}): Promise<Grid[]> {
  return (await readWorkbook(path, options)).grids;
}
