import { Inflate } from "pako";
import { Unreadable } from "../unreadable";

/** Output arrives in chunks of this size, so that a bomb's first chunk past the bound stops it. */
const CHUNK = 64 * 1024;

class TooLarge extends Error {}

/**
 * A raw-deflate stream (what an encrypted ODF entry holds once decrypted) inflated to exactly
 * `size` bytes, the size the manifest states: pako (JSZip's own inflater) stops at the first byte
 * past it, so a bomb inside an encrypted entry costs no more than the size it claims, and a stream
 * that ends short or damaged is a damaged file.
 */
export function inflateRawExactly(deflated: Uint8Array, size: number, path: string): Uint8Array {
  const damaged = (why: string) =>
    new Unreadable(
      "corrupt",
      `文件已损坏：加密的 ${path} 解压失败（${why}）`,
      `the file is damaged: the encrypted ${path} does not inflate (${why})`,
    );
  const out = new Uint8Array(size);
  let at = 0;
  const inflator = new Inflate({ raw: true, chunkSize: CHUNK });
  inflator.onData = (chunk: Uint8Array) => {
    if (at + chunk.length > size) throw new TooLarge();
    out.set(chunk, at);
    at += chunk.length;
  };
  try {
    inflator.push(deflated, true);
  } catch (e) {
    if (e instanceof TooLarge) throw damaged(`larger than the ${size} bytes its manifest states`);
    throw e;
  }
  if (inflator.err !== 0) throw damaged(inflator.msg === "" ? `zlib error ${inflator.err}` : inflator.msg);
  // A stream cut short ends without an error, only short of its size.
  if (at !== size) throw damaged(`${at} bytes where its manifest states ${size}`);
  return out;
}
