import { z } from "zod";
import { QuotaSetSchema, type QuotaSet } from "../quota/quotaSet";
import { SealRecordSchema, type SealRecord } from "../seal/record";

/** Key of the first row; its second cell is the format version. */
export const STORE_FORMAT_KEY = "qbench-store";
export const STORE_FORMAT_VERSION = 1;

export const StoreSettingsSchema = z.object({
  year: z.number().int().min(1900).max(9999).optional(),
  /** Administrative code of the unit's region (6 digits; "000000" for a national association). */
  region: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  unit: z.string().optional(),
  moneyUnit: z.string().optional(),
  lang: z.enum(["zh", "en"]).optional(),
});
export type StoreSettings = z.infer<typeof StoreSettingsSchema>;

/** What the add-in keeps in a workbook (docs/storage.md): the seal, the unit's quota, its settings. */
export interface WorkbookStore {
  readonly seal?: SealRecord;
  readonly quota?: QuotaSet;
  readonly settings?: StoreSettings;
}

export const STORE_SCHEMAS = {
  seal: SealRecordSchema,
  quota: QuotaSetSchema,
  settings: StoreSettingsSchema,
} as const;

export type StoreKey = keyof typeof STORE_SCHEMAS;
export const STORE_KEYS = Object.keys(STORE_SCHEMAS) as StoreKey[];
