import { readWorkbook } from "../xlsx/readGrids";
import { loadedFromGrids, unreadableFile, type LoadedFile } from "./analyze";

/** Reads one file from disk into the batch's shape; a file that cannot be read is an `unreadable` entry. */
export async function loadFile(path: string): Promise<LoadedFile> {
  try {
    return loadedFromGrids(path, await readWorkbook(path));
  } catch (e) {
    return unreadableFile(path, e);
  }
}
