import { basename, extname } from "node:path";
import type { Grid } from "../core/grid/grid";
import type { LegacyKind } from "../core/workbook";
import type { ReadLimits } from "./gridBuilder";
import type { LegacyWorkbook } from "./legacy";
import { legacyTooLarge } from "./legacyLimit";
import { readWorkbookFile, type WorkbookFile } from "./sniff";
import { sniffBytes } from "./sniffBytes";
import { needsPassword } from "./unreadable";
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
 * A legacy workbook (SheetJS does not stream these formats, so only one held whole). An .xls or
 * .ods with an open password is decrypted first when a password is given; without one the reader
 * says it is encrypted and how to read it. The decryptors and SheetJS load with the first such file.
 */
const legacyOf =
  (bytes: Buffer | undefined, options: ReadOptions) =>
  async (kind: LegacyKind): Promise<LegacyWorkbook> => {
    if (bytes === undefined) throw legacyTooLarge(kind);
    const plain =
      kind === "ods"
        ? await (await import("./odf/encryptedOds")).plainOdsBytes(bytes, options.password)
        : await (await import("./decryptXls")).plainLegacyBytes(bytes, kind, options.password);
    return legacyOfBytes(plain, options)(kind);
  };

/**
 * Every sheet of a workbook (or the one sheet of a .csv) on disk as plain grids, through the reader
 * every front shares (workbookGrids.ts). Anything that cannot be read — corrupt, encrypted without
 * the right password, text under a workbook's name, empty, enormous — throws an `Unreadable` with
 * the reason in Chinese and English; nothing else escapes. A failure of the reader itself is an
 * `internal` Unreadable, so that the user is not told their file is damaged.
 */
export async function readWorkbook(path: string, options: ReadOptions = {}): Promise<WorkbookGrids> {
  return gridsOfFile(await readWorkbookFile(path), path, options);
}

/**
 * A workbook already in memory (`qbench seal` and `unseal` hold the file they rewrite, decrypted),
 * read as `readWorkbook` reads it from disk; `path` names it (a CSV's sheet).
 */
export async function readWorkbookOfBytes(bytes: Uint8Array, path: string, options: ReadOptions = {}): Promise<WorkbookGrids> {
  const held = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return gridsOfFile({ kind: sniffBytes(held), bytes: held }, path, options);
}

async function gridsOfFile({ kind, bytes }: WorkbookFile, path: string, options: ReadOptions): Promise<WorkbookGrids> {
  const zipLimits = options.zip ?? DEFAULT_ZIP_LIMITS;
  if (bytes === undefined) return readPackageGrids(() => ZipArchive.open(path, zipLimits), legacyOf(bytes, options), options);
  if (kind === "csv") return readCsvGrids(bytes, basename(path, extname(path)), options);
  if (kind === "encrypted") {
    if (options.password === undefined) throw needsPassword();
    const { decryptWorkbookBytes } = await import("./decryptBytes");
    const plain = Buffer.from(decryptWorkbookBytes(bytes, options.password));
    return readPackageGrids(() => ZipArchive.fromBytes(plain, zipLimits), legacyOfBytes(plain, options), options);
  }
  const legacy = legacyOf(bytes, options);
  if (kind !== "ooxml") return readLegacyGrids(kind, legacy);
  return readPackageGrids(() => ZipArchive.fromBytes(bytes, zipLimits), legacy, options);
}

/** The grids only (every sheet, values and merges: what docs/domain/form.md#reading-a-form-someone-else-made needs). */
export async function readWorkbookGrids(path: string, options: ReadOptions = {}): Promise<Grid[]> {
  return (await readWorkbook(path, options)).grids;
}
