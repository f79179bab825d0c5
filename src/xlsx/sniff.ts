import { constants, open, type FileHandle } from "node:fs/promises";
import { csvTooLarge, MAX_CSV_BYTES } from "./csv";
import { encryptedTooLarge, MAX_ENCRYPTED_BYTES } from "./encryptedLimit";
import { legacyTooLarge, MAX_LEGACY_BYTES } from "./legacyLimit";
import { ENCRYPTED_STREAMS, sniffBytes, sniffHead, SNIFF_HEAD_BYTES, type HeadKind, type SniffedKind } from "./sniffBytes";
import { Unreadable } from "./unreadable";
import { IN_MEMORY_BYTES } from "./zip";

export type { SniffedKind } from "./sniffBytes";

/** A workbook on disk as the readers take it: its kind by content, and its bytes. */
export interface WorkbookFile {
  readonly kind: SniffedKind;
  /** The whole file; absent only for a zip too large to hold, which the zip reader streams from its path. */
  readonly bytes: Buffer | undefined;
}

/** Below every kind's limit, the whole file is read at once and sniffed from memory: one read per file. */
const READ_AT_ONCE_BYTES = Math.min(MAX_CSV_BYTES, MAX_LEGACY_BYTES, MAX_ENCRYPTED_BYTES, IN_MEMORY_BYTES);

/** Looks for a needle anywhere in the file, chunk by chunk, so that a large compound file costs no memory. */
async function fileContains(fh: FileHandle, names: readonly Uint8Array[]): Promise<boolean> {
  const needles = names.map((n) => Buffer.from(n));
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
}

/** Up to `size` bytes from the start of the file (fewer when it shrank since it was measured). */
async function readBytes(fh: FileHandle, size: number): Promise<Buffer> {
  const bytes = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const { bytesRead } = await fh.read(bytes, filled, size - filled, filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return bytes.subarray(0, filled);
}

/**
 * Whether a file above `READ_AT_ONCE_BYTES` whose first bytes tell `head` is read whole (true) or,
 * a zip too large to hold, streamed from its path (false); over its kind's limit it is refused unread.
 */
async function fitsInMemory(fh: FileHandle, head: HeadKind, size: number): Promise<boolean> {
  switch (head) {
    case "zip":
      return size <= IN_MEMORY_BYTES;
    case "csv":
      if (size > MAX_CSV_BYTES) throw csvTooLarge();
      return true;
    case "fods":
    case "html":
      if (size > MAX_LEGACY_BYTES) throw legacyTooLarge(head);
      return true;
    case "cfb":
      if (size <= MAX_LEGACY_BYTES && size <= MAX_ENCRYPTED_BYTES) return true;
      throw (await fileContains(fh, ENCRYPTED_STREAMS)) ? encryptedTooLarge() : legacyTooLarge("xls");
  }
}

/** The kind of the whole file read (sniffBytes.ts), which also tells an empty one. */
async function sniffOpened(fh: FileHandle): Promise<WorkbookFile> {
  const stats = await fh.stat();
  if (!stats.isFile()) throw new Unreadable("missing", "不是文件", "not a regular file");
  if (stats.size > READ_AT_ONCE_BYTES && !(await fitsInMemory(fh, sniffHead(await readBytes(fh, SNIFF_HEAD_BYTES)), stats.size))) {
    return { kind: "ooxml", bytes: undefined };
  }
  const bytes = await readBytes(fh, stats.size);
  return { kind: sniffBytes(bytes), bytes };
}

/**
 * A workbook file, opened once: its kind from its first bytes (and, for a compound file, whether
 * it holds an encrypted package), and its bytes when its size is within what its kind allows; a
 * larger one is refused before it is read. It is opened without blocking, so that a named pipe
 * under a workbook's name is refused rather than waited on.
 */
export async function readWorkbookFile(path: string): Promise<WorkbookFile> {
  let fh: FileHandle;
  try {
    fh = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new Unreadable("missing", "文件不存在或无法打开", `the file does not exist or cannot be opened (${(e as Error).message})`);
  }
  try {
    return await sniffOpened(fh);
  } finally {
    await fh.close();
  }
}
