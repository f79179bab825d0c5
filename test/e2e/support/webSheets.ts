import type { Page } from "playwright-core";

/** The text of every cell of one on-screen review sheet of the web page (`units`, `issues`, `enterprises`), row by row. */
export async function sheetRows(page: Page, kind: string): Promise<string[][]> {
  return page
    .locator(`[data-testid="sheet-${kind}"] tbody tr`)
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent ?? "")));
}
