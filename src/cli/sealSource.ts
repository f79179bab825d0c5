import { loadedFromGrids, type LoadedFile } from "../core/analysis";
import type { FileKind } from "../core/workbook";
import { readPlainWorkbook, type PlainWorkbook } from "../xlsx/plainWorkbook";
import { readWorkbookOfBytes } from "../xlsx/readGrids";
import { sealSourceOf } from "../xlsx/sealSource";
import { unreadableFile } from "../xlsx/unreadable";
import type { WorkbookGrids } from "../xlsx/workbookGrids";

type ReadFile = LoadedFile & { readonly kind: "read" };
type UnreadableFile = LoadedFile & { readonly kind: "unreadable" };

/** A file `qbench seal` read, and the workbook it was read from (an encrypted one decrypted), which the seal is written into. */
export interface SealFile {
  readonly file: ReadFile;
  readonly plain: PlainWorkbook;
}

/**
 * The file `qbench seal` or `unseal` is given, read from disk and decrypted once
 * (src/xlsx/plainWorkbook.ts), and the form read from those very bytes as `qbench check` reads a file.
 */
export async function loadSealFile(path: string, password: string | undefined): Promise<SealFile | UnreadableFile> {
  let plain: PlainWorkbook;
  let grids: WorkbookGrids;
  try {
    plain = await readPlainWorkbook(path, password);
    grids = await readWorkbookOfBytes(plain.bytes, path);
  } catch (e) {
    return unreadableFile(path, e);
  }
  const file = await loadedFromGrids(path, grids);
  return file.kind === "read" ? { file, plain } : file;
}

/** The package `qbench seal` edits, and the workbook as read from that very package. */
export interface CliSealSource {
  readonly bytes: Uint8Array;
  readonly file: ReadFile;
  /** The file has an open password: the sealed one is encrypted again with it. */
  readonly encrypted: boolean;
}

/** The seal's source (src/xlsx/sealSource.ts) of a file already read; a legacy file is judged as its conversion. */
export async function openSealSource(
  file: ReadFile & { readonly format: Exclude<FileKind, "csv"> },
  plain: PlainWorkbook,
): Promise<CliSealSource | UnreadableFile> {
  let source;
  try {
    source = await sealSourceOf(plain, file.format);
  } catch (e) {
    return unreadableFile(file.path, e);
  }
  if (source.converted === undefined) return { bytes: source.bytes, file, encrypted: source.encrypted };
  const again = await loadedFromGrids(file.path, source.converted);
  return again.kind === "read" ? { bytes: source.bytes, file: again, encrypted: source.encrypted } : again;
}
