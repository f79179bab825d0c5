import type { InspectOptions } from "../core/analysis";
import { readWorkbook } from "../xlsx/readGrids";
import { loadedFromGrids, unreadableFile, type LoadedFile } from "./analyze";

/** Reads one file from disk into the batch's shape; a file that cannot be read is an `unreadable` entry. */
export async function loadFile(path: string, options: InspectOptions = {}): Promise<LoadedFile> {
  let read;
  try {
    read = await readWorkbook(path);
  } catch (e) {
    return unreadableFile(path, e);
  }
  return loadedFromGrids(path, read, options);
}
