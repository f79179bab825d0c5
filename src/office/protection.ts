import type { OfficeEnv } from "./env";

/** Protects the sheet (two syncs); a sheet that is already protected is left as it is. */
export async function protectSheet(env: OfficeEnv, sheet: string, password?: string): Promise<void> {
  await env.run(async (context) => {
    const protection = context.workbook.worksheets.getItem(sheet).protection;
    protection.load("protected");
    await context.sync();
    if (protection.protected) return;
    protection.protect({ allowFormatCells: false, allowAutoFilter: true, allowSort: false }, password || undefined);
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
