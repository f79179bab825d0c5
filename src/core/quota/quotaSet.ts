import { z } from "zod";

const limit = z.number().int().nonnegative();

/**
 * A recommending unit's 推荐名额 (docs/domain/quotas.md#a-units-quota). Every limit is optional: a unit may be given only a
 * total, or also limits per city, per industry section (A–T) or division (two-digit code), and on
 * rows that are earlier provincial benchmarks. Unknown keys are refused so that a typo in a quota
 * file is reported instead of silently lifting a limit.
 */
export const QuotaSetSchema = z.strictObject({
  unit: z.string().optional(),
  total: limit.optional(),
  perCity: z.record(z.string().min(1), limit).optional(),
  perSection: z.record(z.string().regex(/^[A-T]$/, "a section letter A–T"), limit).optional(),
  perDivision: z.record(z.string().regex(/^\d{2}$/, "a two-digit division code"), limit).optional(),
  earlierBenchmarks: limit.optional(),
});

export type QuotaSet = z.infer<typeof QuotaSetSchema>;

/** Zod's complaints as one line a clerk can act on: `[2].perSection.c: a section letter A–T`. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((i) => {
      const path = i.path
        .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
        .join("")
        .replace(/^\./, "");
      return path === "" ? i.message : `${path}: ${i.message}`;
    })
    .join("; ");
}
