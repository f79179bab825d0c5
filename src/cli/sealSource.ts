import { readFile } from "node:fs/promises";
import { loadedFromGrids, type LoadedFile } from "../core/analysis";
import type { FileKind } from "../core/workbook";
import { sealSourceOf } from "../xlsx/sealSource";
import { unreadableFile } from "../xlsx/unreadable";

type ReadFile = LoadedFile & { readonly kind: "read" };

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
  password: string | undefined,
): Promise<CliSealSource | (LoadedFile & { readonly kind: "unreadable" })> {
  let source;
  try {
    source = await sealSourceOf(await readFile(file.path), file.format, password);
  } catch (e) {
    return unreadableFile(file.path, e);
  }
  if (source.converted === undefined) return { bytes: source.bytes, file, encrypted: source.encrypted };
  const again = await loadedFromGrids(file.path, source.converted);
  return again.kind === "read" ? { bytes: source.bytes, file: again, encrypted: source.encrypted } : again;
}
