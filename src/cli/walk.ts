import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { extname, join } from "node:path";

/** What a reviewer may receive: workbooks of any Excel or WPS format, and CSV. */
export const INPUT_EXTENSIONS = new Set([".xlsx", ".xlsm", ".xltx", ".xltm", ".xlsb", ".xls", ".et", ".ods", ".fods", ".csv"]);

/**
 * The files named, with folders walked (sorted, so that reports are stable). Lock files Excel
 * leaves next to an open workbook (`~$name.xlsx`) and hidden files are skipped. A named file is
 * kept whatever its extension, so that a wrong one is reported rather than silently skipped;
 * a path that does not exist is returned too and reported as unreadable. A symbolic link is
 * followed: a unit's folder may link to a workbook kept elsewhere, and a link whose target is
 * gone is listed, to be reported as unreadable with that reason rather than skipped unsaid.
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
    if (isDir) out.push(...(await walk(p, new Set())));
    else out.push(p);
  }
  return [...new Set(out)];
}

/** What a directory entry is, a symbolic link judged by its target; a dangling link is a file that is gone. */
async function entryKind(full: string, e: Dirent): Promise<"dir" | "file" | "other"> {
  if (e.isDirectory()) return "dir";
  if (e.isFile()) return "file";
  if (!e.isSymbolicLink()) return "other";
  try {
    const target = await stat(full);
    return target.isDirectory() ? "dir" : target.isFile() ? "file" : "other";
  } catch {
    return "file";
  }
}

/** `seen` holds the real paths of the folders being walked, so that a link back up is not followed round. */
async function walk(dir: string, seen: ReadonlySet<string>): Promise<string[]> {
  const real = await realpath(dir);
  if (seen.has(real)) return [];
  const inside = new Set([...seen, real]);
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name.startsWith("~$")) continue;
    const full = join(dir, e.name);
    const kind = await entryKind(full, e);
    if (kind === "dir") out.push(...(await walk(full, inside)));
    else if (kind === "file" && INPUT_EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(full);
  }
  return out;
}
