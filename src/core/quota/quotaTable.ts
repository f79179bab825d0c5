import * as z from "zod/mini";
import { QuotaLimitSchema, QuotaSetSchema, describeZodError, type QuotaSet } from "./quotaSet";
import { unitKey, unitShortKey } from "./unitName";

/** One unit's row of the office's quota table. */
export type UnitQuota = QuotaSet & { readonly unit: string };

/** The selecting office's table of 推荐名额: one entry per recommending unit. */
export interface QuotaTable {
  readonly units: readonly UnitQuota[];
}

export type QuotaTableResult = QuotaTable | { readonly error: string };

const unitName = z.string().check(z.trim(), z.minLength(1));
const ListSchema = z.array(z.extend(QuotaSetSchema, { unit: unitName }));
const MapSchema = z.record(unitName, z.union([QuotaLimitSchema, QuotaSetSchema]));

/**
 * Reads a quota table from parsed JSON: either `[{unit, total, perCity, …}]` or
 * `{ "<unit>": <total> | {total, perCity, …} }`.
 */
export function parseQuotaTableJson(json: unknown): QuotaTableResult {
  if (Array.isArray(json)) {
    const parsed = ListSchema.safeParse(json);
    if (!parsed.success) return { error: describeZodError(parsed.error) };
    return checkedTable(parsed.data);
  }
  const parsed = MapSchema.safeParse(json);
  if (!parsed.success) {
    return { error: describeZodError(parsed.error) };
  }
  const units = Object.entries(parsed.data).map(([unit, entry]): UnitQuota =>
    typeof entry === "number" ? { unit, total: entry } : { ...entry, unit },
  );
  return checkedTable(units);
}

/** A unit listed twice would make its quota depend on the order of the file. */
export function checkedTable(units: readonly UnitQuota[]): QuotaTableResult {
  const seen = new Map<string, string>();
  for (const u of units) {
    const key = unitKey(u.unit);
    const earlier = seen.get(key);
    if (earlier !== undefined) return { error: `推荐单位“${u.unit}”重复（另见“${earlier}”）` };
    seen.set(key, u.unit);
  }
  return { units };
}

/**
 * The quota of the unit named on a form. Names are compared after normalising width, brackets,
 * spaces and seal marks; failing that, by short form (浙江省经济和信息化厅 = 浙江省经信厅), but only
 * when exactly one unit of the table answers to it.
 */
export function quotaForUnit(table: QuotaTable, unitText: string): QuotaSet | undefined {
  const key = unitKey(unitText);
  if (key === "") return undefined;
  const exact = table.units.find((u) => unitKey(u.unit) === key);
  if (exact) return exact;
  const short = unitShortKey(unitText);
  const loose = table.units.filter((u) => unitShortKey(u.unit) === short);
  return loose.length === 1 ? loose[0] : undefined;
}
