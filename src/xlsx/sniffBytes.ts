import type { FileKind } from "../core/workbook";
import { Unreadable } from "./unreadable";

/**
 * Telling a file's kind from its bytes, with no file system, for the command line (sniff.ts, which
 * reads only the head of a file too large for its kind) and the browser (which holds the whole file) alike.
 */

/** What sniffing tells: a kind of workbook, or an encrypted OOXML package to decrypt first (decryptBytes.ts). */
export type SniffedKind = FileKind | "encrypted";

/** What the first bytes tell: a zip, a compound file (legacy or encrypted, see `ENCRYPTED_STREAMS`), or a text kind. */
export type HeadKind = "zip" | "cfb" | "csv" | "fods" | "html";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The UTF-16LE bytes of a stream name, as a compound file's directory spells it. */
function utf16le(name: string): Uint8Array {
  const out = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) out[i * 2] = name.charCodeAt(i);
  return out;
}

/** An encrypted OOXML file is a CFB container with these streams (MS-OFFCRYPTO). */
export const ENCRYPTED_STREAMS: readonly Uint8Array[] = [utf16le("EncryptedPackage"), utf16le("EncryptionInfo")];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Whether `needle` occurs in `bytes`. */
export function containsBytes(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  for (let at = bytes.indexOf(first!); at >= 0 && at + needle.length <= bytes.length; at = bytes.indexOf(first!, at + 1)) {
    let i = 1;
    while (i < needle.length && bytes[at + i] === needle[i]) i++;
    if (i === needle.length) return true;
  }
  return false;
}

/**
 * A text file under any name: a flat OpenDocument spreadsheet, an HTML table (what "save as web
 * page" and many web systems' "export to Excel" produce under a .xls name), else CSV.
 */
function textKind(head: Uint8Array): "csv" | "fods" | "html" {
  const start = new TextDecoder("utf-8")
    .decode(head)
    .replace(/^\uFEFF/, "")
    .trimStart()
    .slice(0, 2048)
    .toLowerCase();
  if (start.startsWith("<?xml") && start.includes("office:document")) return "fods";
  if (/^(<!doctype html|<html|<table|<\?xml[^>]*>\s*<html)/.test(start)) return "html";
  return "csv";
}

function looksLikeText(head: Uint8Array): boolean {
  if (head.length === 0) return false;
  for (const b of head) if (b < 0x09 || (b > 0x0d && b < 0x20)) return false;
  return true;
}

/** The kind the first bytes of a non-empty file (up to 4 kB) tell; an empty zip or an unknown format is unreadable. */
export function sniffHead(head: Uint8Array): HeadKind {
  if (startsWith(head, ZIP_MAGIC)) return "zip";
  if (startsWith(head, EMPTY_ZIP_MAGIC)) {
    throw new Unreadable("not-workbook", "空的压缩包，没有工作簿内容", "an empty zip archive with no workbook in it");
  }
  // Excel 97-2003 (BIFF8/BIFF5), WPS .et and encrypted OOXML share the compound-file container.
  if (startsWith(head, CFB_MAGIC)) return "cfb";
  if (looksLikeText(head)) return textKind(head);
  throw new Unreadable("not-workbook", "无法识别的文件格式，不是 Excel 工作簿", "an unknown file format, not an Excel workbook");
}

export const SNIFF_HEAD_BYTES = 4096;

/** The kind of a whole file held in memory. */
export function sniffBytes(bytes: Uint8Array): SniffedKind {
  if (bytes.length === 0) throw new Unreadable("empty", "文件为空（0 字节）", "the file is empty (0 bytes)");
  const head = sniffHead(bytes.subarray(0, SNIFF_HEAD_BYTES));
  if (head === "zip") return "ooxml";
  if (head === "cfb") return ENCRYPTED_STREAMS.some((n) => containsBytes(bytes, n)) ? "encrypted" : "xls";
  return head;
}
