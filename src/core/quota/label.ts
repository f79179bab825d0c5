import type { Lang } from "../issues/lang";
import { divisionByCode, sectionOf } from "../reference/industries";

export type QuotaKind = "total" | "city" | "section" | "division" | "earlier-benchmarks";

/**
 * What one limit of a quota set is called: in the usage list, in `quota-exceeded` and in the
 * report. `key` is the city, section letter or division code the limit is for.
 */
export function quotaLabel(kind: QuotaKind, key: string | undefined, lang: Lang): string {
  const k = key ?? "";
  switch (kind) {
    case "total":
      return lang === "zh" ? "推荐总名额" : "Total quota";
    case "earlier-benchmarks":
      return lang === "zh" ? "往年省质量标杆" : "Earlier provincial benchmarks";
    case "city":
      return lang === "zh" ? k : `City ${k}`;
    case "section": {
      if (lang === "en") return `Section ${k}`;
      const name = sectionOf(k)?.name;
      return name === undefined ? `门类${k}` : `门类${k}（${name}）`;
    }
    case "division": {
      if (lang === "en") return `Division ${k}`;
      const name = divisionByCode(k)?.name;
      return name === undefined ? `大类${k}` : `大类${k}（${name}）`;
    }
  }
}
