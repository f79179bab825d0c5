/**
 * A new review worker (src/web/engine/review.worker.ts), or undefined where the browser will not
 * start one. Its script is a chunk of the same build, fetched from the page's own origin the first
 * time a review runs, so neither the page nor the task pane carries the readers until then.
 * Chromium refuses workers to a page opened from file:// (its origin is opaque: "cannot be
 * accessed from origin 'null'"), which is how many offices open the web page; a policy that
 * forbids workers (CSP worker-src) throws too. The callers then review in the page itself.
 * Apart from src/web/reviewFiles.ts because the project's tests compile CommonJS, where
 * `import.meta` cannot stand: the fronts hand this function in.
 */
export function startReviewWorker(): Worker | undefined {
  try {
    // @ts-expect-error -- import.meta: the builds compile ES modules (webpack); the project's typecheck is CommonJS.
    return new Worker(/* webpackChunkName: "review-worker" */ new URL("./engine/review.worker.ts", import.meta.url));
  } catch {
    return undefined;
  }
}
