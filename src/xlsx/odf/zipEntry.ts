import type JSZip from "jszip";
import { Unreadable } from "../unreadable";

/** JSZip's documented `internalStream`, which its type declarations omit (as in zipBytes.ts). */
interface StreamingObject extends JSZip.JSZipObject {
  internalStream(type: "uint8array"): JSZip.JSZipStreamHelper<Uint8Array>;
}

/**
 * One zip entry's bytes, streamed and stopped as soon as they pass `max`: the zip's own sizes are
 * the sender's word, so an entry that inflates without end (a zip bomb) is cut off, not held.
 */
export function entryBytes(file: JSZip.JSZipObject, max: number, tooLarge: () => Unreadable): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const stream = (file as StreamingObject).internalStream("uint8array");
    stream
      .on("data", (chunk) => {
        size += chunk.length;
        if (size > max) {
          stream.pause();
          reject(tooLarge());
          return;
        }
        chunks.push(chunk);
      })
      .on("end", () => {
        const out = new Uint8Array(size);
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        resolve(out);
      })
      .on("error", (e) =>
        reject(
          new Unreadable(
            "corrupt",
            `文件已损坏，压缩结构无法解析（${file.name}）`,
            `the file is damaged: its zip structure cannot be read (${file.name}: ${e.message})`,
          ),
        ),
      );
    stream.resume();
  });
}
