import { mkdirSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";

export const SCREENSHOT_DIR = join(__dirname, "..", "..", "..", "test-artifacts", "e2e");

/** Saves what the page shows as `story-NN-name.png`, numbered in the order the story takes them. */
export function screenshotter(page: Page, story: string): (name: string) => Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  let n = 0;
  return async (name: string) => {
    n++;
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${story}-${String(n).padStart(2, "0")}-${name}.png`) });
  };
}
