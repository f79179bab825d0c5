import type { Lang } from "../../core/issues/lang";
import { en } from "./en";
import { zh, type Strings } from "./zh";

export type { Strings };
export type { Lang };

const TABLES: Readonly<Record<Lang, Strings>> = { zh, en };

export function strings(lang: Lang): Strings {
  return TABLES[lang];
}

/** Chinese unless Office (or the browser) speaks English. */
export function langOf(displayLanguage: string | undefined): Lang {
  return displayLanguage !== undefined && /^en\b/i.test(displayLanguage) ? "en" : "zh";
}
