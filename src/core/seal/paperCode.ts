import { compareSealCode, sealCodeOf } from "./code";
import type { SealRecord } from "./record";

/**
 * The code typed from the stamped paper against the file (docs/seal.md): the file is the paper
 * (`match`); it holds this very seal but the seal is broken, so it changed after sealing
 * (`broken`); it holds another seal, so it was changed or sealed again after printing
 * (`mismatch`); the code fails its check, a typo (`typo`); or the file holds no seal.
 */
export type PaperCodeCheck =
  | { readonly kind: "unsealed" }
  | { readonly kind: "typo"; readonly reason: "length" | "symbol" | "check" }
  | { readonly kind: "mismatch"; readonly fileCode: string }
  | { readonly kind: "broken"; readonly fileCode: string }
  | { readonly kind: "match"; readonly fileCode: string };

/** The one decision `qbench verify --code`, the task pane and the web page share. */
export function checkPaperCode(typed: string, record: SealRecord | undefined, state: "valid" | "broken" | "none"): PaperCodeCheck {
  if (record === undefined || state === "none") return { kind: "unsealed" };
  const comparison = compareSealCode(typed, record.digest);
  if (comparison.kind !== "match") return comparison;
  const fileCode = sealCodeOf(record.digest);
  return state === "valid" ? { kind: "match", fileCode } : { kind: "broken", fileCode };
}
