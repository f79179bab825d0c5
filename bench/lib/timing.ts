import { performance } from "node:perf_hooks";

export interface Timing<T> {
  readonly medianMs: number;
  readonly minMs: number;
  readonly runs: number;
  /** What the last call returned: callers report from it, which also keeps the work observable. */
  readonly result: T;
}

/**
 * Times `fn` after `warmup` untimed calls (so the JIT has compiled the hot paths) and reports the
 * median of `runs` timed calls, which one slow run (a GC pause, a busy neighbour) does not move.
 */
export function measure<T>(fn: () => T, { warmup = 2, runs = 7 }: { warmup?: number; runs?: number } = {}): Timing<T> {
  let result = fn();
  for (let i = 1; i < warmup; i++) result = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  const median = times.length % 2 === 1 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
  return { medianMs: median, minMs: times[0]!, runs, result };
}

export function formatRate(count: number, ms: number): string {
  return `${Math.round((count / ms) * 1000).toLocaleString("en-US")} rows/s`;
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}
