import { readFile, stat } from "node:fs/promises";
import { pipeline, type Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { createInflateRaw, inflateRawSync } from "node:zlib";
import yauzl from "yauzl";
import { corruptZip, Unreadable } from "./unreadable";

/**
 * The zip container of an .xlsx, through yauzl: the central directory is read first so that a zip
 * bomb is refused before anything is inflated, and each entry is then read on demand as UTF-8 text.
 * An entry that inflates beyond the size the directory declares is refused, so a lying directory
 * cannot get past the limits either.
 */
export interface ZipLimits {
  /** Refuse when all entries together inflate to more than this many bytes. */
  readonly maxTotalUncompressed: number;
  /** Refuse an entry above `ratioFloor` bytes that inflates more than this many times its size. */
  readonly maxRatio: number;
  readonly ratioFloor: number;
}

/** Files up to this size are read into memory in one go: yauzl then needs no small reads from disk. */
export const IN_MEMORY_BYTES = 64 * 1024 * 1024;

/** Entries up to this size are inflated whole; larger ones (a sheet of many thousand rows) stream. */
const IN_ONE_PIECE_BYTES = 8 * 1024 * 1024;

/**
 * A streamed entry inflates in chunks this large, one chunk ahead of the reader: the processor
 * parses one while zlib inflates the next, where zlib's 16 kB chunks left it waiting on each.
 */
const INFLATE_CHUNK_BYTES = 64 * 1024;

const YAUZL_OPTIONS = { autoClose: false, validateEntrySizes: true };

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalUncompressed: 200 * 1024 * 1024,
  maxRatio: 100,
  ratioFloor: 50 * 1024 * 1024,
};

export class ZipArchive {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    readonly entries: ReadonlyMap<string, yauzl.Entry>,
  ) {}

  static async open(path: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipArchive> {
    let zip: yauzl.ZipFile;
    try {
      zip =
        (await stat(path)).size <= IN_MEMORY_BYTES
          ? await yauzl.fromBufferPromise(await readFile(path), YAUZL_OPTIONS)
          : await yauzl.openPromise(path, YAUZL_OPTIONS);
    } catch (e) {
      throw corruptZip((e as Error).message);
    }
    return ZipArchive.of(zip, limits);
  }

  /** A zip held in memory (a decrypted workbook), under the same limits as a file. */
  static async fromBytes(bytes: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipArchive> {
    let zip: yauzl.ZipFile;
    try {
      zip = await yauzl.fromBufferPromise(bytes, YAUZL_OPTIONS);
    } catch (e) {
      throw corruptZip((e as Error).message);
    }
    return ZipArchive.of(zip, limits);
  }

  private static async of(zip: yauzl.ZipFile, limits: ZipLimits): Promise<ZipArchive> {
    try {
      const entries = new Map<string, yauzl.Entry>();
      for await (const entry of zip.eachEntry()) entries.set(entry.fileName, entry);
      checkLimits([...entries.values()], limits);
      return new ZipArchive(zip, entries);
    } catch (e) {
      zip.close();
      if (e instanceof Unreadable) throw e;
      throw corruptZip((e as Error).message);
    }
  }

  close(): void {
    this.zip.close();
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /**
   * The entry as a stream of UTF-8 strings, or undefined when the zip has no such entry. A small
   * entry is inflated in one native call and handed over as one string, which spares the stream
   * machinery that dominates the cost of a small workbook.
   */
  async text(name: string): Promise<AsyncIterable<string> | undefined> {
    const entry = this.entries.get(name);
    if (entry === undefined) return undefined;
    if (entry.isEncrypted()) throw new Unreadable("encrypted", "压缩包内容已加密", "the zip entries are encrypted");
    try {
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
        throw new Error(`unsupported compression method ${entry.compressionMethod}`);
      const stored = await this.zip.openReadStreamPromise(entry, { decodeFileData: false });
      if (entry.uncompressedSize > IN_ONE_PIECE_BYTES) {
        const data =
          entry.compressionMethod === 0 ? stored : pipeline(stored, createInflateRaw({ chunkSize: INFLATE_CHUNK_BYTES }), () => {});
        return inflating(name, entry.uncompressedSize, data);
      }
      const raw = await collect(stored);
      if (entry.compressionMethod === 0) return whole(raw.toString("utf8"));
      // A directory that understates the size cannot make this inflate any further than it says.
      return whole(inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.uncompressedSize) }).toString("utf8"));
    } catch (e) {
      throw inflateFailure(name, e);
    }
  }

  /** The whole entry as one string (small parts, and tests that look inside a written file). */
  async readText(name: string): Promise<string | undefined> {
    const stream = await this.text(name);
    if (stream === undefined) return undefined;
    let out = "";
    for await (const chunk of stream) out += chunk;
    return out;
  }
}

/** An entry that inflates beyond the size the directory declares is a zip bomb dressed as a modest file. */
function beyondDeclared(name: string): Unreadable {
  return new Unreadable(
    "corrupt",
    `文件已损坏：${name} 解压后超过压缩目录声明的大小，疑似压缩炸弹，已拒绝读取`,
    `the file is damaged: ${name} inflates beyond the size its zip directory declares (a zip bomb); refused`,
  );
}

/** A failure while an entry inflates, saying what it means; native inflate stops at `maxOutputLength`. */
function inflateFailure(name: string, e: unknown): Unreadable {
  if (e instanceof Unreadable) return e;
  const error = e as NodeJS.ErrnoException;
  if (error.code === "ERR_BUFFER_TOO_LARGE") return beyondDeclared(name);
  return corruptZip(`${name}: ${error.message}`);
}

/** A small entry's one string, as the readers take every entry: a stream per part would cost more than its parsing. */
async function* whole(text: string): AsyncGenerator<string> {
  yield text;
}

/**
 * A streamed entry as UTF-8 text (decoded across chunk boundaries), whose failures, which surface
 * while it is read, say what they mean. It is stopped at the size the directory declares, and one
 * that ends short of it is damaged.
 */
async function* inflating(name: string, declared: number, stream: Readable): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  let inflated = 0;
  try {
    for await (const chunk of stream) {
      inflated += (chunk as Buffer).length;
      if (inflated > declared) throw beyondDeclared(name);
      yield decoder.write(chunk as Buffer);
    }
    if (inflated < declared) throw new Error(`expected ${declared} bytes, got ${inflated}`);
    yield decoder.end();
  } catch (e) {
    throw inflateFailure(name, e);
  } finally {
    stream.destroy();
  }
}

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(0);
}

function checkLimits(entries: readonly yauzl.Entry[], limits: ZipLimits): void {
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
        `压缩比异常（${e.fileName} 为 ${Math.round(ratio)}:1，解压后 ${megabytes(e.uncompressedSize)} MB），疑似压缩炸弹，已拒绝读取`,
        `abnormal compression ratio (${e.fileName}: ${Math.round(ratio)}:1, ${megabytes(e.uncompressedSize)} MB inflated), a likely zip bomb; refused`,
      );
    }
  }
}
