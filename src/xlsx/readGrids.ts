import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { Grid } from "../core/grid/grid";
import { csvTooLarge, MAX_CSV_BYTES } from "./csv";
import { decryptWorkbookFile } from "./decrypt";
import { plainLegacyBytes } from "./decryptXls";
import { plainOdsBytes } from "./odf/encryptedOds";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "./gridBuilder";
import { legacyWorkbookOf, MAX_LEGACY_BYTES, tooLarge, type LegacyWorkbook } from "./legacy";
import type { LegacyKind } from "../core/workbook";
import { sniffFile } from "./sniff";
import { needsPassword, readFailure } from "./unreadable";
import { legacyOfBytes, readCsvGrids, readLegacyGrids, readPackageGrids, type WorkbookGrids } from "./workbookGrids";
import type { XmlLimits } from "./xmlPart";
import { DEFAULT_ZIP_LIMITS, ZipArchive, type ZipLimits } from "./zip";

export type { WorkbookGrids } from "./workbookGrids";

export interface ReadOptions {
  readonly zip?: ZipLimits;
  readonly read?: ReadLimits;
  readonly xml?: XmlLimits;
  /** The open password of an encrypted workbook (`--password`); it reaches the decryptor only. */
  readonly password?: string;
}

/**
 * A legacy workbook file, read whole (SheetJS does not stream these formats) once its size is known
 * to fit. An .xls or .ods with an open password is decrypted first when a password is given;
 * without one the reader says it is encrypted and how to read it.
 */
async function readLegacyFile(path: string, kind: LegacyKind, options: ReadOptions): Promise<LegacyWorkbook> {
  if ((await stat(path)).size > MAX_LEGACY_BYTES) throw tooLarge(kind);
  const bytes = await readFile(path);
  const plain = kind === "ods" ? await plainOdsBytes(bytes, options.password) : await plainLegacyBytes(bytes, kind, options.password);
  return legacyWorkbookOf(plain, kind, options.read ?? DEFAULT_READ_LIMITS);
}

async function readCsvFile(path: string, options: ReadOptions): Promise<WorkbookGrids> {
  try {
    if ((await stat(path)).size > MAX_CSV_BYTES) throw csvTooLarge();
    return readCsvGrids(await readFile(path), basename(path, extname(path)), options);
  } catch (e) {
    throw readFailure(e);
  }
}

/**
 * Every sheet of a workbook (or the one sheet of a .csv) on disk as plain grids, through the reader
 * every front shares (workbookGrids.ts). Anything that cannot be read — corrupt, encrypted without
 * the right password, text under a workbook's name, empty, enormous — throws an `Unreadable` with
 * the reason in Chinese and English; nothing else escapes. A failure of the reader itself is an
 * `internal` Unreadable, so that the user is not told their file is damaged.
 */
export async function readWorkbook(path: string, options: ReadOptions = {}): Promise<WorkbookGrids> {
  const kind = await sniffFile(path);
  if (kind === "csv") return readCsvFile(path, options);
  if (kind === "encrypted") {
    if (options.password === undefined) throw needsPassword();
    const bytes = Buffer.from(await decryptWorkbookFile(path, options.password));
    return readPackageGrids(() => ZipArchive.fromBytes(bytes, options.zip ?? DEFAULT_ZIP_LIMITS), legacyOfBytes(bytes, options), options);
  }
  const legacy = (legacyKind: LegacyKind) => readLegacyFile(path, legacyKind, options);
  if (kind !== "ooxml") return readLegacyGrids(kind, legacy);
  return readPackageGrids(() => ZipArchive.open(path, options.zip ?? DEFAULT_ZIP_LIMITS), legacy, options);
}

/** The grids only (every sheet, values and merges: what docs/domain/form.md#reading-a-form-someone-else-made needs). */
export async function readWorkbookGrids(path: string, options: ReadOptions = {}): Promise<Grid[]> {
  return (await readWorkbook(path, options)).grids;
}
