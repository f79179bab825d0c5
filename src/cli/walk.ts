import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";

/** What a reviewer may receive: workbooks of any Excel or WPS format, and CSV. */
export const INPUT_EXTENSIONS = new Set([".xlsx", ".xlsm", ".xltx", ".xltm", ".xlsb", ".xls", ".et", ".ods", ".fods", ".csv"]);

/**
 * The files named, with folders walked (sorted, so that reports are stable). Lock files Excel
 * leaves next to an open workbook (`~$name.xlsx`) and hidden files are skipped. A named file is
 * kept whatever its extension, so that a wrong one is reported rather than silently skipped;
 * a path that does not exist is returned too and reported as unreadable.
 */
export async function collectInputs(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch {
      isDir = false;
    }
    if (isDir) out.push(...(await walk(p)));
    else out.push(p);
  }
  return [...new Set(out)];
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name.startsWith("~$")) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (e.isFile() && INPUT_EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(full);
  }
  return out;
}
