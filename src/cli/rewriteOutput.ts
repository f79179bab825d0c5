import { dirname, join } from "node:path";
import type { Lang } from "../core/issues/lang";
import { planOutput, type OutputPlan } from "./safeOutput";

/** What `qbench seal` and `qbench unseal` take alike: where the workbook goes, and its open password. */
export interface RewriteOptions {
  /** `-o`: the output; without it the workbook is rewritten in place (or written beside it: planRewrite). */
  readonly out?: string;
  /** `--force`: `-o` may replace an existing file (never the workbook being rewritten). */
  readonly force: boolean;
  readonly lang: Lang;
  /** `--password`: the workbook's open password; the written file is encrypted again with it. Never written anywhere. */
  readonly password?: string;
}

/** What a command that rewrites a workbook reports: its exit status and the lines it prints. */
export interface RewriteOutcome {
  readonly status: 0 | 1 | 2;
  readonly lines: readonly string[];
}

/**
 * The output of `seal` or `unseal` of `path`, checked before any work: `-o` as given (never the
 * input, an existing file only with `--force`), else a new file named `beside` next to the input
 * (a legacy workbook sealed as .xlsx), else the input itself, replaced in place without `--force`.
 */
export function planRewrite(path: string, options: RewriteOptions, beside?: string): Promise<OutputPlan> {
  const inPlace = options.out === undefined && beside === undefined;
  return planOutput({
    path: options.out ?? (beside === undefined ? path : join(dirname(path), beside)),
    force: options.force,
    inputs: [path],
    ...(inPlace ? { inPlaceOf: path } : {}),
  });
}
