import { open, type FileHandle } from "node:fs/promises";
import { createInflateRaw } from "node:zlib";
import { Unreadable } from "./unreadable";

/**
 * A small reader of the zip container of an .xlsx: the central directory (to refuse zip bombs
 * before anything is inflated) and one entry at a time as a stream of text, so that memory stays
 * bounded whatever a file claims.
 */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

export interface ZipLimits {
  /** Refuse when all entries together inflate to more than this many bytes. */
  readonly maxTotalUncompressed: number;
  /** Refuse an entry above `ratioFloor` bytes that inflates more than this many times its size. */
  readonly maxRatio: number;
  readonly ratioFloor: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalUncompressed: 200 * 1024 * 1024,
  maxRatio: 100,
  ratioFloor: 50 * 1024 * 1024,
};

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_CENTRAL_DIRECTORY = 32 * 1024 * 1024;

function corrupt(detail: string): Unreadable {
  return new Unreadable("corrupt", `文件已损坏，压缩结构无法解析（${detail}）`, `the file is damaged: its zip structure cannot be read (${detail})`);
}

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, position);
  return buf.subarray(0, bytesRead);
}

function u64(buf: Buffer, at: number): number {
  return Number(buf.readBigUInt64LE(at));
}

export class ZipArchive {
  private constructor(
    private readonly fh: FileHandle,
    readonly entries: ReadonlyMap<string, ZipEntry>,
  ) {}

  static async open(path: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipArchive> {
    const fh = await open(path, "r");
    try {
      const entries = await readCentralDirectory(fh);
      checkLimits(entries, limits);
      return new ZipArchive(fh, new Map(entries.map((e) => [e.name, e])));
    } catch (e) {
      await fh.close();
      throw e;
    }
  }

  close(): Promise<void> {
    return this.fh.close();
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's text, decoded as UTF-8 chunk by chunk; inflating past the declared size is refused. */
  async *text(name: string): AsyncGenerator<string> {
    const entry = this.entries.get(name);
    if (entry === undefined) return;
    if ((entry.flags & 1) !== 0) {
      throw new Unreadable("encrypted", "压缩包内容已加密", "the zip entries are encrypted");
    }
    const local = await readAt(this.fh, entry.localHeaderOffset, 30);
    if (local.length < 30 || local.readUInt32LE(0) !== LOCAL) throw corrupt(`bad local header of ${name}`);
    const start = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    const decoder = new TextDecoder("utf-8");
    const chunks = this.rawChunks(start, entry.compressedSize);
    if (entry.method === 0) {
      for await (const chunk of chunks) yield decoder.decode(chunk, { stream: true });
    } else if (entry.method === 8) {
      let produced = 0;
      const inflate = createInflateRaw();
      const feed = (async () => {
        try {
          for await (const chunk of chunks) {
            if (!inflate.write(chunk)) await new Promise((r) => inflate.once("drain", r));
          }
          inflate.end();
        } catch (e) {
          inflate.destroy(e as Error);
        }
      })();
      try {
        for await (const out of inflate as AsyncIterable<Buffer>) {
          produced += out.length;
          if (produced > entry.uncompressedSize + 1024) {
            throw corrupt(`${name} inflates beyond its declared size`);
          }
          yield decoder.decode(out, { stream: true });
        }
      } catch (e) {
        if (e instanceof Unreadable) throw e;
        throw corrupt(`${name}: ${(e as Error).message}`);
      } finally {
        inflate.destroy();
        await feed;
      }
    } else {
      throw corrupt(`unsupported compression method ${entry.method}`);
    }
    const tail = decoder.decode();
    if (tail !== "") yield tail;
  }

  /** The whole entry as one string (for small parts: workbook.xml, rels, styles). */
  async readText(name: string): Promise<string | undefined> {
    if (!this.entries.has(name)) return undefined;
    let out = "";
    for await (const chunk of this.text(name)) out += chunk;
    return out;
  }

  private async *rawChunks(start: number, length: number): AsyncGenerator<Buffer> {
    const size = 1 << 16;
    for (let pos = 0; pos < length; pos += size) {
      const chunk = await readAt(this.fh, start + pos, Math.min(size, length - pos));
      if (chunk.length === 0) throw corrupt("the file ends inside an entry");
      yield chunk;
    }
  }
}

async function readCentralDirectory(fh: FileHandle): Promise<ZipEntry[]> {
  const { size } = await fh.stat();
  const tailLength = Math.min(size, 22 + 0xffff);
  const tail = await readAt(fh, size - tailLength, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw corrupt("no end of central directory");
  let count = tail.readUInt16LE(at + 10);
  let cdSize = tail.readUInt32LE(at + 12);
  let cdOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locatorAt = size - tailLength + at - 20;
    const locator = locatorAt >= 0 ? await readAt(fh, locatorAt, 20) : Buffer.alloc(0);
    if (locator.length < 20 || locator.readUInt32LE(0) !== ZIP64_LOCATOR) throw corrupt("missing zip64 locator");
    const record = await readAt(fh, u64(locator, 8), 56);
    if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD) throw corrupt("bad zip64 record");
    count = u64(record, 32);
    cdSize = u64(record, 40);
    cdOffset = u64(record, 48);
  }
  if (cdSize > MAX_CENTRAL_DIRECTORY || cdOffset + cdSize > size) throw corrupt("central directory out of bounds");
  const cd = await readAt(fh, cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) throw corrupt("bad central directory entry");
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    let compressedSize = cd.readUInt32LE(p + 20);
    let uncompressedSize = cd.readUInt32LE(p + 24);
    let localHeaderOffset = cd.readUInt32LE(p + 42);
    const name = cd.toString("utf8", p + 46, p + 46 + nameLength);
    const extra = cd.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength);
    for (let e = 0; e + 4 <= extra.length; ) {
      const id = extra.readUInt16LE(e);
      const len = extra.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (uncompressedSize === 0xffffffff && q + 8 <= extra.length) {
          uncompressedSize = u64(extra, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff && q + 8 <= extra.length) {
          compressedSize = u64(extra, q);
          q += 8;
        }
        if (localHeaderOffset === 0xffffffff && q + 8 <= extra.length) localHeaderOffset = u64(extra, q);
      }
      e += 4 + len;
    }
    if (localHeaderOffset + compressedSize > size) throw corrupt(`entry ${name} lies beyond the end of the file`);
    entries.push({
      name: name.replace(/^\//, ""),
      flags: cd.readUInt16LE(p + 8),
      method: cd.readUInt16LE(p + 10),
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(0);
}

function checkLimits(entries: readonly ZipEntry[], limits: ZipLimits): void {
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > limits.maxTotalUncompressed) {
    throw new Unreadable(
      "too-large",
      `解压后共 ${megabytes(total)} MB，超过上限 ${megabytes(limits.maxTotalUncompressed)} MB，疑似压缩炸弹或异常巨大的文件，已拒绝读取`,
      `it would inflate to ${megabytes(total)} MB, above the limit of ${megabytes(limits.maxTotalUncompressed)} MB (a zip bomb or an enormous file); refused`,
    );
  }
  for (const e of entries) {
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize > limits.ratioFloor && ratio > limits.maxRatio) {
      throw new Unreadable(
        "too-large",
        `压缩比异常（${e.name} 为 ${Math.round(ratio)}:1，解压后 ${megabytes(e.uncompressedSize)} MB），疑似压缩炸弹，已拒绝读取`,
        `abnormal compression ratio (${e.name}: ${Math.round(ratio)}:1, ${megabytes(e.uncompressedSize)} MB inflated), a likely zip bomb; refused`,
      );
    }
  }
}
