import type { Page } from "playwright-core";

/** The preview's workbook, as a person reads and types into it. */

/** What a cell shows; the selected cell shows its content in its edit box. */
export async function cellText(page: Page, address: string): Promise<string> {
  const cell = page.getByRole("gridcell", { name: address, exact: true });
  const editor = cell.locator("input");
  return (await editor.count()) > 0 ? editor.inputValue() : ((await cell.textContent()) ?? "");
}

/** Clicks the cell and types into it, as a person does; Enter ends the entry. */
export async function typeCell(page: Page, address: string, text: string): Promise<void> {
  await page.getByRole("gridcell", { name: address, exact: true }).click();
  await page.getByLabel(`Edit ${address}`, { exact: true }).fill(text);
  await page.keyboard.press("Enter");
}

/** Opens the sheet by its tab and waits until its grid shows. */
export async function openSheet(page: Page, name: string, timeout = 60_000): Promise<void> {
  await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name, exact: true }).click();
  await page.getByRole("grid", { name: `Sheet ${name}` }).waitFor({ timeout });
}
