import type { Severity } from "../issues/registry";
import type { Lang } from "../issues/lang";
import { chinaTime } from "../text/chinaTime";
import type { FileStatus, SealState } from "../report/schema";

/** The words the review sheets print for states, in each language. */
export const STATUS_TEXT: Readonly<Record<Lang, Readonly<Record<FileStatus, string>>>> = {
  zh: { ok: "通过", invalid: "有错误", unreadable: "无法读取" },
  en: { ok: "ok", invalid: "has errors", unreadable: "unreadable" },
};

export const SEAL_TEXT: Readonly<Record<Lang, Readonly<Record<SealState, string>>>> = {
  zh: { none: "未封存", valid: "有效", broken: "已改动" },
  en: { none: "not sealed", valid: "valid", broken: "changed since sealing" },
};

export const SEVERITY_TEXT: Readonly<Record<Lang, Readonly<Record<Severity, string>>>> = {
  zh: { error: "错误", warning: "提示" },
  en: { error: "error", warning: "warning" },
};

/** The sealing time as every front prints it (China time, stated: `2021-06-01 18:30（北京时间）`). */
export function sealTime(iso: string | undefined, lang: Lang): string | null {
  return iso === undefined ? null : chinaTime(iso, lang);
}

/** A confirmed warning's mark: who confirmed it (who sealed) and when. */
export function confirmedText(confirmed: { readonly by: string; readonly at: string } | undefined, lang: Lang): string | null {
  return confirmed === undefined ? null : `${confirmed.by} ${chinaTime(confirmed.at, lang)}`;
}
