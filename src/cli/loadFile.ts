import { loadedFromGrids, type InspectOptions, type LoadedFile } from "../core/analysis";
import { readWorkbook } from "../xlsx/readGrids";
import { unreadableFile } from "../xlsx/unreadable";

/**
 * Reads one file from disk into the batch's shape; a file that cannot be read is an `unreadable`
 * entry. `password` opens an encrypted workbook and goes to the reader only.
 */
export async function loadFile(path: string, options: InspectOptions = {}, password?: string): Promise<LoadedFile> {
  let read;
  try {
    read = await readWorkbook(path, password === undefined ? {} : { password });
  } catch (e) {
    return unreadableFile(path, e);
  }
  return loadedFromGrids(path, read, options);
}
