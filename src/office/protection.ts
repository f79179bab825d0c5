import { SEAL_PROTECTION, type ProtectionAllowances } from "../core/seal/protection";
import type { OfficeEnv } from "./env";

/** Office.js's name of each allowance (`WorksheetProtectionOptions`, ExcelApi 1.2; objects, scenarios and `selectionMode` 1.7). */
const OPTION = {
  autoFilter: "allowAutoFilter",
  deleteColumns: "allowDeleteColumns",
  deleteRows: "allowDeleteRows",
  editObjects: "allowEditObjects",
  editScenarios: "allowEditScenarios",
  formatCells: "allowFormatCells",
  formatColumns: "allowFormatColumns",
  formatRows: "allowFormatRows",
  insertColumns: "allowInsertColumns",
  insertHyperlinks: "allowInsertHyperlinks",
  insertRows: "allowInsertRows",
  pivotTables: "allowPivotTables",
  sort: "allowSort",
} as const satisfies Record<Exclude<keyof ProtectionAllowances, "selection">, keyof Excel.WorksheetProtectionOptions>;

/** Every option spelled out, so that none is left to the host's default. */
export function protectionOptions(allow: ProtectionAllowances): Excel.WorksheetProtectionOptions {
  const options: Excel.WorksheetProtectionOptions = { selectionMode: allow.selection };
  for (const [key, option] of Object.entries(OPTION)) options[option] = allow[key as keyof typeof OPTION];
  return options;
}

/** What `protection.options` of a protected sheet says it allows (an option Excel leaves out is not allowed). */
export function allowancesOf(options: Excel.WorksheetProtectionOptions): ProtectionAllowances {
  const allow = Object.fromEntries(Object.entries(OPTION).map(([key, option]) => [key, options[option] === true]));
  const mode = options.selectionMode;
  return { ...(allow as Omit<ProtectionAllowances, "selection">), selection: mode === "Unlocked" || mode === "None" ? mode : "Normal" };
}

/**
 * Protects the sheet (two syncs) as the seal does, or with the allowances given (unsealing puts
 * the clerk's own protection back); a sheet that is already protected is left as it is.
 */
export async function protectSheet(env: OfficeEnv, sheet: string, password?: string, allow = SEAL_PROTECTION): Promise<void> {
  await env.run(async (context) => {
    const protection = context.workbook.worksheets.getItem(sheet).protection;
    protection.load("protected");
    await context.sync();
    if (protection.protected) return;
    protection.protect(protectionOptions(allow), password || undefined);
    await context.sync();
  });
}

/** Removes protection (two syncs); a wrong password fails with Excel's own error. */
export async function unprotectSheet(env: OfficeEnv, sheet: string, password?: string): Promise<void> {
  await env.run(async (context) => {
    const protection = context.workbook.worksheets.getItem(sheet).protection;
    protection.load("protected");
    await context.sync();
    if (!protection.protected) return;
    protection.unprotect(password || undefined);
    await context.sync();
  });
}
