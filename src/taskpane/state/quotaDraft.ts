import type { QuotaSet } from "../../core/quota";

/** The quota form as typed: text fields, so that a half-typed number is kept as the clerk typed it. */
export interface QuotaDraft {
  readonly total: string;
  readonly earlier: string;
  readonly cities: ReadonlyArray<{ readonly city: string; readonly limit: string }>;
  readonly sections: ReadonlyArray<{ readonly section: string; readonly limit: string }>;
}

export const EMPTY_QUOTA_DRAFT: QuotaDraft = { total: "", earlier: "", cities: [], sections: [] };

export function draftOf(quota: QuotaSet | undefined): QuotaDraft {
  if (quota === undefined) return EMPTY_QUOTA_DRAFT;
  return {
    total: quota.total === undefined ? "" : String(quota.total),
    earlier: quota.earlierBenchmarks === undefined ? "" : String(quota.earlierBenchmarks),
    cities: Object.entries(quota.perCity ?? {}).map(([city, limit]) => ({ city, limit: String(limit) })),
    sections: Object.entries(quota.perSection ?? {}).map(([section, limit]) => ({ section, limit: String(limit) })),
  };
}

function limit(text: string): number | undefined | "invalid" {
  const t = text.trim();
  if (t === "") return undefined;
  return /^\d{1,6}$/.test(t) ? Number(t) : "invalid";
}

/**
 * The quota the draft describes, or "invalid" when a limit is not a whole number ≥ 0. Rows
 * without a city or section are ignored; divisions set elsewhere (the CLI, a JSON file) are kept.
 */
export function quotaOfDraft(draft: QuotaDraft, previous: QuotaSet | undefined): QuotaSet | "invalid" {
  const total = limit(draft.total);
  const earlier = limit(draft.earlier);
  if (total === "invalid" || earlier === "invalid") return "invalid";
  const perCity: Record<string, number> = {};
  for (const row of draft.cities) {
    const n = limit(row.limit);
    if (n === "invalid") return "invalid";
    if (row.city.trim() !== "" && n !== undefined) perCity[row.city.trim()] = n;
  }
  const perSection: Record<string, number> = {};
  for (const row of draft.sections) {
    const n = limit(row.limit);
    const letter = row.section.trim().toUpperCase();
    if (n === "invalid" || (letter !== "" && !/^[A-T]$/.test(letter))) return "invalid";
    if (letter !== "" && n !== undefined) perSection[letter] = n;
  }
  return {
    ...(previous?.unit === undefined ? {} : { unit: previous.unit }),
    ...(total === undefined ? {} : { total }),
    ...(earlier === undefined ? {} : { earlierBenchmarks: earlier }),
    ...(Object.keys(perCity).length > 0 ? { perCity } : {}),
    ...(Object.keys(perSection).length > 0 ? { perSection } : {}),
    ...(previous?.perDivision === undefined ? {} : { perDivision: previous.perDivision }),
  };
}
