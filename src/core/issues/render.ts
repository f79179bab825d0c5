import type { Issue } from "./issue";
import type { Lang } from "./lang";
import type { Locale } from "./locale";
import { en } from "./locales/en";
import { zh } from "./locales/zh";

export const LOCALES: Readonly<Record<Lang, Locale>> = { zh, en };

/** The issue's message in `lang`. */
export function renderMessage(issue: Issue, lang: Lang): string {
  // One code's words take that code's issue; TypeScript cannot follow the pairing through the union.
  const message = LOCALES[lang][issue.code].message as (issue: Issue) => string;
  return message(issue);
}
