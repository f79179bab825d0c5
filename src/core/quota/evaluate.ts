import { valueOf } from "../form/formRow";
import type { FormRow, FormSheet } from "../form/formSheet";
import { cellText, isBlank } from "../grid/cell";
import { defaultSeverity } from "../issues/registry";
import type { Issue } from "../issues/issue";
import type { Region } from "../reference/region";
import type { ReferenceLookups } from "../reference/types";
import { isEarlierBenchmarkRemark } from "../text/benchmarkRemark";
import { tidyText } from "../text/normalize";
import { quotaLabel, type QuotaKind } from "./label";
import type { QuotaSet } from "./quotaSet";

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
 * Counts the form's data rows against each limit of the unit's quota (docs/domain/quotas.md#counting). Cities are
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
  const limit = (kind: QuotaKind, key: string | undefined, limit: number, used: number): void => {
    const labels = { label: quotaLabel(kind, key, "zh"), labelEn: quotaLabel(kind, key, "en") };
    usage.push({ kind, ...(key === undefined ? {} : { key }), ...labels, limit, used });
  };
  if (quota.total !== undefined) limit("total", undefined, quota.total, rows.length);
  if (quota.earlierBenchmarks !== undefined) {
    limit(
      "earlier-benchmarks",
      undefined,
      quota.earlierBenchmarks,
      count((f) => f.earlierBenchmark),
    );
  }
  for (const [key, n] of Object.entries(quota.perCity ?? {})) {
    const city = canonicalCity(tidyText(key));
    limit(
      "city",
      city,
      n,
      count((f) => f.city === city),
    );
  }
  // Sections and divisions in code order: JSON objects would put "39" before "06" anyway.
  for (const [key, n] of byKey(quota.perSection))
    limit(
      "section",
      key,
      n,
      count((f) => f.section === key),
    );
  for (const [key, n] of byKey(quota.perDivision))
    limit(
      "division",
      key,
      n,
      count((f) => f.division === key),
    );

  const issues: Issue[] = usage
    .filter((u) => u.used > u.limit)
    .map((u) => ({
      code: "quota-exceeded",
      severity: defaultSeverity("quota-exceeded"),
      sheet: form.sheet,
      params: { kind: u.kind, ...(u.key === undefined ? {} : { key: u.key }), limit: u.limit, count: u.used },
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
