import * as z from "zod/mini";
import "../text/zodLocale";
import { QuotaSetSchema, type QuotaSet } from "../quota/quotaSet";
import { ProtectionAllowancesSchema } from "../seal/protection";
import { SealRecordSchema, type SealRecord } from "../seal/record";

/** Key of the first row; its second cell is the format version. */
export const STORE_FORMAT_KEY = "qbench-store";
export const STORE_FORMAT_VERSION = 1;

export const StoreSettingsSchema = z.object({
  year: z.optional(z.int().check(z.gte(1900), z.lte(9999))),
  /** Administrative code of the unit's region (6 digits; "000000" for a national association). */
  region: z.optional(z.string().check(z.regex(/^\d{6}$/))),
  unit: z.optional(z.string()),
  moneyUnit: z.optional(z.string()),
  lang: z.optional(z.enum(["zh", "en"])),
});
export type StoreSettings = z.infer<typeof StoreSettingsSchema>;

const FooterSectionsSchema = z.object({ left: z.string(), center: z.string(), right: z.string() });

/**
 * The form sheet's footers as they were before the seal wrote its code into them, so that
 * unsealing gives the clerk's own footer back exactly (docs/seal.md).
 */
export const FooterBeforeSealSchema = z.object({
  sheet: z.string(),
  footers: z.object({
    default: z.optional(FooterSectionsSchema),
    first: z.optional(FooterSectionsSchema),
    odd: z.optional(FooterSectionsSchema),
    even: z.optional(FooterSectionsSchema),
  }),
});
export type FooterBeforeSeal = z.infer<typeof FooterBeforeSealSchema>;

/**
 * The form sheet's protection as it was before sealing, so that unsealing gives it back
 * (docs/seal.md#protection): what it allowed (null: the sheet was not protected) and, for a seal
 * made on the file, the `<sheetProtection>` element byte for byte (it may hold a password hash that
 * cannot be made again).
 */
export const ProtectionBeforeSealSchema = z.object({
  sheet: z.string(),
  protection: z.nullable(ProtectionAllowancesSchema),
  /** The protection had a password: only the file's own element (`element`) can give it back. */
  password: z.optional(z.boolean()),
  element: z.optional(z.string()),
});
export type ProtectionBeforeSeal = z.infer<typeof ProtectionBeforeSealSchema>;

/** What the add-in keeps in a workbook (docs/storage.md): the seal, the unit's quota, its settings. */
export interface WorkbookStore {
  readonly seal?: SealRecord;
  readonly quota?: QuotaSet;
  readonly settings?: StoreSettings;
  readonly footerBeforeSeal?: FooterBeforeSeal;
  readonly protectionBeforeSeal?: ProtectionBeforeSeal;
}

export const STORE_SCHEMAS = {
  seal: SealRecordSchema,
  quota: QuotaSetSchema,
  settings: StoreSettingsSchema,
  footerBeforeSeal: FooterBeforeSealSchema,
  protectionBeforeSeal: ProtectionBeforeSealSchema,
} as const;

export type StoreKey = keyof typeof STORE_SCHEMAS;
export const STORE_KEYS = Object.keys(STORE_SCHEMAS) as StoreKey[];
