import { valueOf } from "../form/formRow";
import type { FormRow, FormSheet } from "../form/formSheet";
import { cellText, isBlank } from "../grid/cell";
import { DEFAULT_SEVERITY } from "../issues/codes";
import type { Issue } from "../issues/issue";
import { divisionByCode, sectionOf } from "../reference/industries";
import type { Region } from "../reference/region";
import type { ReferenceLookups } from "../reference/types";
import { isEarlierBenchmarkRemark } from "../text/benchmarkRemark";
import { tidyText } from "../text/normalize";
import type { QuotaSet } from "./quotaSet";

export type QuotaKind = "total" | "city" | "section" | "division" | "earlier-benchmarks";

/** One limit of a quota set and how many data rows count against it. */
export interface QuotaUsage {
  readonly kind: QuotaKind;
  /** The city, section letter or division code the limit is for. */
  readonly key?: string;
  readonly label: string;
  readonly labelEn: string;
  readonly limit: number;
  readonly used: number;
}

export interface QuotaEvaluation {
  readonly usage: readonly QuotaUsage[];
  /** `quota-exceeded` for every limit the rows go beyond. */
  readonly issues: readonly Issue[];
}

/** What one data row counts against: its city and industry as the reference canonicalises them. */
interface RowFacts {
  readonly city?: string;
  readonly section?: string;
  readonly division?: string;
  readonly earlierBenchmark: boolean;
}

/**
 * Counts the form's data rows against each limit of the unit's quota (SPEC §5). Cities are
 * compared as the reference canonicalises them, so 杭州 and 杭州市 count together and a county-level
 * city (余姚市) counts for its prefecture (宁波市); industries count by the section and division
 * their name or code matches.
 */
export function evaluateQuota(form: FormSheet, quota: QuotaSet, region: Region, lookups: ReferenceLookups): QuotaEvaluation {
  const canonicalCity = memo((text: string) => {
    const match = lookups.matchCity(region, text);
    // An ambiguous county (鼓楼区 in 江苏) or an unknown name counts under its own text.
    return "city" in match ? match.city : text;
  });
  const rows = form.rows.map((row) => rowFacts(row, canonicalCity, lookups));
  const count = (pred: (facts: RowFacts) => boolean): number => rows.reduce((n, f) => (pred(f) ? n + 1 : n), 0);

  const usage: QuotaUsage[] = [];
  if (quota.total !== undefined) {
    usage.push({ kind: "total", label: "推荐总名额", labelEn: "Total quota", limit: quota.total, used: rows.length });
  }
  if (quota.earlierBenchmarks !== undefined) {
    usage.push({
      kind: "earlier-benchmarks",
      label: "往年省质量标杆",
      labelEn: "Earlier provincial benchmarks",
      limit: quota.earlierBenchmarks,
      used: count((f) => f.earlierBenchmark),
    });
  }
  for (const [key, limit] of Object.entries(quota.perCity ?? {})) {
    const city = canonicalCity(tidyText(key));
    usage.push({ kind: "city", key: city, label: city, labelEn: `City ${city}`, limit, used: count((f) => f.city === city) });
  }
  // Sections and divisions in code order: JSON objects would put "39" before "06" anyway.
  for (const [key, limit] of byKey(quota.perSection)) {
    const name = sectionOf(key)?.name;
    usage.push({
      kind: "section",
      key,
      label: name === undefined ? `门类${key}` : `门类${key}（${name}）`,
      labelEn: `Section ${key}`,
      limit,
      used: count((f) => f.section === key),
    });
  }
  for (const [key, limit] of byKey(quota.perDivision)) {
    const name = divisionByCode(key)?.name;
    usage.push({
      kind: "division",
      key,
      label: name === undefined ? `大类${key}` : `大类${key}（${name}）`,
      labelEn: `Division ${key}`,
      limit,
      used: count((f) => f.division === key),
    });
  }

  const issues: Issue[] = usage
    .filter((u) => u.used > u.limit)
    .map((u) => ({
      code: "quota-exceeded",
      severity: DEFAULT_SEVERITY["quota-exceeded"],
      sheet: form.sheet,
      params: { quota: u.label, quotaEn: u.labelEn, limit: u.limit, count: u.used },
    }));
  return { usage, issues };
}

function rowFacts(row: FormRow, canonicalCity: (text: string) => string, lookups: ReferenceLookups): RowFacts {
  const cityValue = valueOf(row, "city");
  const industryValue = valueOf(row, "industry");
  const remark = valueOf(row, "remark");
  const industry = isBlank(industryValue) ? undefined : lookups.matchIndustry(cellText(industryValue));
  const division = industry?.kind === "division" ? industry.division : undefined;
  return {
    ...(isBlank(cityValue) ? {} : { city: canonicalCity(tidyText(cellText(cityValue))) }),
    ...(division === undefined ? {} : { section: division.section, division: division.code }),
    earlierBenchmark: !isBlank(remark) && isEarlierBenchmarkRemark(cellText(remark)),
  };
}

function byKey(limits: Readonly<Record<string, number>> | undefined): [string, number][] {
  return Object.entries(limits ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Clerks repeat the same few city names down the sheet; match each once. */
function memo(fn: (text: string) => string): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let hit = cache.get(text);
    if (hit === undefined) {
      hit = fn(text);
      cache.set(text, hit);
    }
    return hit;
  };
}
