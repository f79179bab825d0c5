import { loadEngine } from "./engine";
import type { DroppedFile, ReviewOptions, ReviewResult } from "./engine/index";
import type { ReviewMessage, ReviewRequest } from "./engine/review.worker";

type Progress = (done: number, total: number, name: string) => void;

/** In the page itself: the engine yields between files, so progress paints and clicks still land. */
async function inPage(files: readonly DroppedFile[], options: ReviewOptions, onProgress: Progress): Promise<ReviewResult> {
  const { report, review, locked } = await (await loadEngine()).reviewDroppedFiles(files, options, onProgress);
  return { report, review, locked };
}

/**
 * The worker, or undefined where the browser will not start one. Chromium refuses workers to a
 * page opened from file:// (its origin is opaque: "cannot be accessed from origin 'null'"), which
 * is how many offices open this page, so there the review runs in the page instead.
 */
function startWorker(): Worker | undefined {
  try {
    // @ts-expect-error -- import.meta: the web build compiles ES modules (webpack.web.js); the project's typecheck is CommonJS.
    return new Worker(new URL("./engine/review.worker.ts", import.meta.url));
  } catch {
    return undefined;
  }
}

/** Reviews the dropped files in a Web Worker where one runs (http/https), else in the page (file://). */
export function reviewFiles(files: readonly DroppedFile[], options: ReviewOptions, onProgress: Progress): Promise<ReviewResult> {
  const worker = startWorker();
  if (worker === undefined) return inPage(files, options, onProgress);
  return new Promise((resolve, reject) => {
    let heard = false;
    worker.onmessage = (event: MessageEvent<ReviewMessage>) => {
      heard = true;
      const message = event.data;
      if (message.type === "progress") return onProgress(message.done, message.total, message.name);
      worker.terminate();
      if (message.type === "done") resolve(message.result);
      else reject(new Error(message.message));
    };
    // A worker that fails before saying anything could not load (a server refusing its script): review in the page.
    worker.onerror = (event) => {
      worker.terminate();
      if (heard) reject(new Error(event.message));
      else inPage(files, options, onProgress).then(resolve, reject);
    };
    const request: ReviewRequest = {
      files,
      lang: options.lang,
      today: options.today.getTime(),
      ...(options.quotaTable === undefined ? {} : { quotaTable: options.quotaTable }),
      ...(options.password === undefined ? {} : { password: options.password }),
    };
    worker.postMessage(request);
  });
}
