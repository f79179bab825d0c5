import type { DroppedFile, ReviewOptions, ReviewResult } from "./engine/review";
import type { ReviewMessage, ReviewRequest } from "./engine/review.worker";
import { reviewStopped } from "./engine/stopped";

type Progress = (done: number, total: number, name: string) => void;

/** Where a review can run: a worker when one starts, and the engine chunk in the page otherwise. */
export interface ReviewRunners {
  /** A new review worker, or undefined where none can start (src/web/reviewWorker.ts). */
  readonly startWorker: () => Worker | undefined;
  /** The engine chunk, loaded in the page only when no worker runs. */
  readonly engine: () => Promise<{ reviewDroppedFiles: typeof import("./engine/review").reviewDroppedFiles }>;
}

/** In the page itself: the engine yields between files, so progress paints and clicks still land. */
async function inPage(
  files: readonly DroppedFile[],
  options: ReviewOptions,
  onProgress: Progress,
  runners: ReviewRunners,
): Promise<ReviewResult> {
  const { report, review, locked } = await (await runners.engine()).reviewDroppedFiles(files, options, onProgress);
  return { report, review, locked };
}

/**
 * Reviews the dropped files in a Web Worker where one runs (http/https), else in the page
 * (file://, no Worker). A review whose signal aborts ends at once (the worker is terminated; in
 * the page, before the next file) and rejects with an AbortError.
 */
export function reviewFiles(
  files: readonly DroppedFile[],
  options: ReviewOptions,
  onProgress: Progress,
  runners: ReviewRunners,
): Promise<ReviewResult> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(reviewStopped());
  const worker = runners.startWorker();
  if (worker === undefined) return inPage(files, options, onProgress, runners);
  return new Promise((resolve, reject) => {
    let heard = false;
    const stop = (): void => {
      worker.terminate();
      reject(reviewStopped());
    };
    signal?.addEventListener("abort", stop, { once: true });
    const settle = (): void => {
      worker.terminate();
      signal?.removeEventListener("abort", stop);
    };
    worker.onmessage = (event: MessageEvent<ReviewMessage>) => {
      heard = true;
      const message = event.data;
      if (message.type === "progress") return onProgress(message.done, message.total, message.name);
      settle();
      if (message.type === "done") resolve(message.result);
      else reject(new Error(message.message));
    };
    // A worker that fails before saying anything could not load (a server refusing its script): review in the page.
    worker.onerror = (event) => {
      settle();
      if (heard) reject(new Error(event.message));
      else inPage(files, options, onProgress, runners).then(resolve, reject);
    };
    const request: ReviewRequest = {
      files,
      lang: options.lang,
      today: options.today.getTime(),
      ...(options.quotaTable === undefined ? {} : { quotaTable: options.quotaTable }),
      ...(options.quotaFile === undefined ? {} : { quotaFile: options.quotaFile }),
      ...(options.password === undefined ? {} : { password: options.password }),
    };
    worker.postMessage(request);
  });
}
