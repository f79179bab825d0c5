import JSZip from "jszip";
import { corruptZip, Unreadable } from "./unreadable";
import type { ZipParts } from "./workbookParts";

/**
 * A zip held in memory, for the browser, where yauzl (zip.ts) cannot run: JSZip reads the central
 * directory, and each entry is inflated as a stream (JSZip's documented `internalStream`, which its
 * type declarations omit), so that a zip bomb is stopped before it fills memory.
 */
interface StreamingObject extends JSZip.JSZipObject {
  internalStream(type: "string"): JSZip.JSZipStreamHelper<string>;
  internalStream(type: "uint8array"): JSZip.JSZipStreamHelper<Uint8Array>;
}

const detailOf = (e: unknown) => (e instanceof Error ? (e.message.split("\n")[0] ?? "") : String(e));

/** A part as UTF-8 text, paused until the reader asks for more, so the reader's character budget bounds it. */
async function* inflating(name: string, file: StreamingObject): AsyncGenerator<string> {
  const stream = file.internalStream("string");
  const queue: string[] = [];
  let ended = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  stream
    .on("data", (chunk) => {
      queue.push(chunk);
      stream.pause();
      wake?.();
    })
    .on("end", () => {
      ended = true;
      wake?.();
    })
    .on("error", (e) => {
      failure = e;
      wake?.();
    });
  stream.resume();
  try {
    for (;;) {
      const chunk = queue.shift();
      if (chunk !== undefined) {
        yield chunk;
        if (queue.length === 0 && !ended) stream.resume();
        continue;
      }
      if (failure !== undefined) throw corruptZip(`${name}: ${detailOf(failure)}`);
      if (ended) return;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    if (!ended) stream.pause();
  }
}

export async function openZipBytes(bytes: Uint8Array): Promise<ZipParts & { close(): void }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw corruptZip(detailOf(e));
  }
  const fileOf = (name: string) => {
    const file = zip.files[name];
    return file === undefined || file.dir ? undefined : (file as StreamingObject);
  };
  return {
    has: (name) => fileOf(name) !== undefined,
    text: (name) => {
      const file = fileOf(name);
      return Promise.resolve(file === undefined ? undefined : inflating(name, file));
    },
    close: () => undefined,
  };
}

/**
 * One entry's bytes, stopped as soon as they pass `max`: the zip's own sizes are the sender's word,
 * so an entry that inflates without end (a zip bomb) is cut off, not held.
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
      .on("error", (e) => reject(corruptZip(`${file.name}: ${detailOf(e)}`)));
    stream.resume();
  });
}
