import type { Lang } from "../issues/lang";
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

const PAPER_TEXT = {
  zh: {
    match: () => "与纸质表上的封存码一致：本文件即所盖章的那份表",
    mismatch: (fileCode: string) => `与纸质表上的封存码不一致：文件在打印后被改动或重新封存过。本文件的封存码是 ${fileCode}`,
    broken: () => "封存码是本文件的，但封存已破坏：文件在封存后被改动过",
    typo: () => "不是有效的封存码（校验位、长度或字符不对），可能抄错了，请对照纸质表重新输入",
    unsealed: () => "本文件未封存",
  },
  en: {
    match: () => "Matches the code on the paper: this file is the one that was stamped",
    mismatch: (fileCode: string) =>
      `Does not match the code on the paper: the file was changed or sealed again after printing. This file's code is ${fileCode}`,
    broken: () => "The code is this file's, but the seal is broken: the file was changed after sealing",
    typo: () => "Not a valid seal code (check symbol, length or a character is wrong); probably a typo, type it again from the paper",
    unsealed: () => "This file is not sealed",
  },
} as const;

/** The one sentence `qbench verify --code`, the task pane and the web page give for the code from the paper. */
export function describePaperCode(check: PaperCodeCheck, lang: Lang): string {
  const t = PAPER_TEXT[lang];
  return check.kind === "mismatch" ? t.mismatch(check.fileCode) : t[check.kind]();
}
