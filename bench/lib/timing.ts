import { performance } from "node:perf_hooks";

export interface Timing<T> {
  readonly medianMs: number;
  readonly minMs: number;
  readonly runs: number;
  /** What the last call returned: callers report from it, which also keeps the work observable. */
  readonly result: T;
}

export interface MeasureOptions {
  readonly warmup?: number;
  readonly runs?: number;
}

/**
 * Times `fn` after `warmup` untimed calls (so the JIT has compiled the hot paths) and reports the
 * median of `runs` timed calls, which one slow run (a GC pause, a busy neighbour) does not move.
 */
export function measure<T>(fn: () => T, options: MeasureOptions = {}): Timing<T> {
  return measureTogether([fn], options)[0]!;
}

/**
 * Times several functions in alternation (a, b, a, b …), so that a machine shared with other work
 * slows each of them alike and their ratio stays meaningful.
 */
export function measureTogether<T>(fns: ReadonlyArray<() => T>, { warmup = 2, runs = 7 }: MeasureOptions = {}): Timing<T>[] {
  const results: T[] = fns.map((fn) => fn());
  for (let w = 1; w < warmup; w++) fns.forEach((fn, i) => (results[i] = fn()));
  const times: number[][] = fns.map(() => []);
  for (let r = 0; r < runs; r++) {
    fns.forEach((fn, i) => {
      const t0 = performance.now();
      results[i] = fn();
      times[i]!.push(performance.now() - t0);
    });
  }
  return fns.map((_fn, i) => ({ medianMs: median(times[i]!), minMs: Math.min(...times[i]!), runs, result: results[i]! }));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function formatRate(count: number, ms: number): string {
  return `${Math.round((count / ms) * 1000).toLocaleString("en-US")} rows/s`;
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}
