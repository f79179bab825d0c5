/** One measured figure of a bench section, with the target it is held to when there is one. */
export interface BenchLine {
  readonly metric: string;
  readonly value: string;
  readonly target?: string;
  /** Whether the target holds; absent for figures that are only informative. */
  readonly ok?: boolean;
}

export type SectionResult =
  { readonly kind: "measured"; readonly lines: readonly BenchLine[] } | { readonly kind: "skipped"; readonly reason: string };

/**
 * A part of the one bench run. Each file in bench/sections exports `section`; files run in name
 * order (prefix them `10-`, `20-` …). A section whose prerequisite is missing (a built bundle, a
 * sample file) returns `skipped` with the reason instead of failing the run.
 */
export interface BenchSection {
  readonly name: string;
  run(): Promise<SectionResult> | SectionResult;
}
