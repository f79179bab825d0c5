import { open, stat } from "node:fs/promises";
import { ENCRYPTED_STREAMS, sniffHead, SNIFF_HEAD_BYTES, type SniffedKind } from "./sniffBytes";
import { Unreadable } from "./unreadable";

export type { SniffedKind } from "./sniffBytes";

/** Looks for a needle anywhere in the file, chunk by chunk, so that a large legacy file costs no memory. */
async function fileContains(path: string, names: readonly Uint8Array[]): Promise<boolean> {
  const needles = names.map((n) => Buffer.from(n));
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

/** A file's kind from its first bytes (and, for a compound file, whether it holds an encrypted package). */
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
  const head = Buffer.alloc(Math.min(size, SNIFF_HEAD_BYTES));
  try {
    await fh.read(head, 0, head.length, 0);
  } finally {
    await fh.close();
  }
  const kind = sniffHead(head);
  if (kind === "zip") return "ooxml";
  if (kind === "cfb") return (await fileContains(path, ENCRYPTED_STREAMS)) ? "encrypted" : "xls";
  return kind;
}
