import { open, stat } from "node:fs/promises";
import type { FileKind } from "../core/workbook";
import { Unreadable } from "./unreadable";

/** What sniffing tells: a kind of workbook, or an encrypted OOXML package to decrypt first (decrypt.ts). */
export type SniffedKind = FileKind | "encrypted";

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** An encrypted OOXML file is a CFB container with these streams (MS-OFFCRYPTO). */
const ENCRYPTED_STREAMS = [Buffer.from("EncryptedPackage", "utf16le"), Buffer.from("EncryptionInfo", "utf16le")];

/** Looks for a needle anywhere in the file, chunk by chunk, so that a large legacy file costs no memory. */
async function fileContains(path: string, needles: readonly Buffer[]): Promise<boolean> {
  const fh = await open(path, "r");
  try {
    const overlap = Math.max(...needles.map((n) => n.length));
    const chunk = Buffer.alloc(1 << 20);
    let carry = Buffer.alloc(0);
    for (let pos = 0; ;) {
      const { bytesRead } = await fh.read(chunk, 0, chunk.length, pos);
      if (bytesRead === 0) return false;
      const window = Buffer.concat([carry, chunk.subarray(0, bytesRead)]);
      if (needles.some((n) => window.includes(n))) return true;
      carry = Buffer.from(window.subarray(Math.max(0, window.length - overlap)));
      pos += bytesRead;
    }
  } finally {
    await fh.close();
  }
}

/**
 * A text file under any name: a flat OpenDocument spreadsheet, an HTML table (what "save as web
 * page" and many web systems' "export to Excel" produce under a .xls name), else CSV.
 */
function textKind(head: Buffer): FileKind {
  const start = head
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trimStart()
    .slice(0, 2048)
    .toLowerCase();
  if (start.startsWith("<?xml") && start.includes("office:document")) return "fods";
  if (/^(<!doctype html|<html|<table|<\?xml[^>]*>\s*<html)/.test(start)) return "html";
  return "csv";
}

function looksLikeText(head: Buffer): boolean {
  if (head.length === 0) return false;
  let control = 0;
  for (const b of head) if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  return control === 0;
}

export async function sniffFile(path: string): Promise<SniffedKind> {
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new Unreadable("missing", "不是文件", "not a regular file");
    size = s.size;
  } catch (e) {
    if (e instanceof Unreadable) throw e;
    throw new Unreadable("missing", "文件不存在或无法打开", `the file does not exist or cannot be opened (${(e as Error).message})`);
  }
  if (size === 0) throw new Unreadable("empty", "文件为空（0 字节）", "the file is empty (0 bytes)");
  const fh = await open(path, "r");
  const head = Buffer.alloc(Math.min(size, 4096));
  try {
    await fh.read(head, 0, head.length, 0);
  } finally {
    await fh.close();
  }
  if (head.subarray(0, 4).equals(ZIP_MAGIC)) return "ooxml";
  if (head.subarray(0, 4).equals(EMPTY_ZIP_MAGIC)) {
    throw new Unreadable("not-workbook", "空的压缩包，没有工作簿内容", "an empty zip archive with no workbook in it");
  }
  if (head.subarray(0, 8).equals(CFB_MAGIC)) {
    if (await fileContains(path, ENCRYPTED_STREAMS)) return "encrypted";
    // Excel 97-2003 (BIFF8/BIFF5) and WPS .et share the compound-file container.
    return "xls";
  }
  if (looksLikeText(head)) return textKind(head);
  throw new Unreadable("not-workbook", "无法识别的文件格式，不是 Excel 工作簿", "an unknown file format, not an Excel workbook");
}
