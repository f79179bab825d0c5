/** The languages every message, report and front speaks: 中文 first, as the notice is written. */
export const LANGS = ["zh", "en"] as const;
export type Lang = (typeof LANGS)[number];
