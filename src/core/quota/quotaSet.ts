import * as z from "zod/mini";
import "../text/zodLocale";

/** One limit: a whole number of enterprises, zero or more. */
export const QuotaLimitSchema = z.int().check(z.nonnegative());

/**
 * A recommending unit's 推荐名额 (docs/domain/quotas.md#a-units-quota). Every limit is optional: a unit may be given only a
 * total, or also limits per city, per industry section (A–T) or division (two-digit code), and on
 * rows that are earlier provincial benchmarks. Unknown keys are refused so that a typo in a quota
 * file is reported instead of silently lifting a limit.
 */
export const QuotaSetSchema = z.strictObject({
  unit: z.optional(z.string()),
  total: z.optional(QuotaLimitSchema),
  perCity: z.optional(z.record(z.string().check(z.minLength(1)), QuotaLimitSchema)),
  perSection: z.optional(z.record(z.string().check(z.regex(/^[A-T]$/, "a section letter A–T")), QuotaLimitSchema)),
  perDivision: z.optional(z.record(z.string().check(z.regex(/^\d{2}$/, "a two-digit division code")), QuotaLimitSchema)),
  earlierBenchmarks: z.optional(QuotaLimitSchema),
});

export type QuotaSet = z.infer<typeof QuotaSetSchema>;

/** Zod's complaints as one line a clerk can act on: `[2].perSection.c: a section letter A–T`. */
export function describeZodError(error: z.core.$ZodError): string {
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
