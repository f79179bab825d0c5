import { copyFileSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { buildWeb } from "./support/buildWeb";
import { chromiumAvailable } from "./support/chromium";
import { screenshotter } from "./support/screenshots";
import { builtSite, dropFiles, tempDir, waitForText, withBrowser } from "./support/session";

/*
 * The web page's 单位汇总 table at the widths a reviewer's laptop gives it: a long file name wraps
 * inside its own column (its whole name in the cell's title) instead of running over the next one.
 */

const STEP_TIMEOUT_MS = 180_000;
const WAIT_MS = 60_000;
const EXAMPLES = join(__dirname, "..", "..", "examples");
const LONG_NAMES = [
  "浙江省经济和信息化厅-2021年度工业企业质量标杆申报企业统计表-第二批次推荐名单-终稿-已盖章扫描前核对版.xlsx",
  // No space, no CJK: a browser finds no place to break it unless told to.
  "zhejiang_jingxinting_2021_zhiliangbiaogan_shenbao_tongjibiao_dierpici_zhonggao_v3_final.xlsx",
];

const site = builtSite("qbench-web-layout-", (dir) => buildWeb(dir));
const copies = tempDir("qbench-web-layout-files-");

/** Cells of the table whose content reaches past their own box (into a neighbour), by column title. */
function overflowing(page: Page): Promise<string[]> {
  return page.locator('[data-testid="sheet-units"]').evaluate((table) => {
    const titles = [...table.querySelectorAll("thead th")].map((th) => th.textContent ?? "");
    const out: string[] = [];
    for (const row of table.querySelectorAll("tbody tr"))
      row.querySelectorAll("td").forEach((td, i) => {
        const box = td.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(td);
        const text = range.getBoundingClientRect();
        if (text.width > 0 && (text.right > box.right + 0.5 || text.left < box.left - 0.5)) out.push(titles[i] ?? String(i));
      });
    return out;
  });
}

if (chromiumAvailable()) {
  describe("the web page's 单位汇总 table", () => {
    const session = withBrowser(site);
    let page: Page;
    beforeAll(async () => {
      page = await session.open(session.file("index.html"));
    }, STEP_TIMEOUT_MS);

    it.each([1280, 1024])(
      "at %i px, a long file name stays in its column, whole in the cell's title",
      async (width) => {
        await page.setViewportSize({ width, height: 800 });
        const long = LONG_NAMES.map((name) => join(copies.path, name));
        for (const path of long) copyFileSync(join(EXAMPLES, "02-宁波市经济和信息化局.xlsx"), path);
        await page.getByRole("tab", { name: "校验 / 审查" }).click();
        await dropFiles(page, "review-files", [...long, join(EXAMPLES, "01-浙江省经济和信息化厅-已封存.xlsx")]);
        await waitForText(page, "已检查 3 个文件", WAIT_MS);
        await page.getByRole("tab", { name: /^单位汇总/ }).click();
        await screenshotter(page, `web-units-${width}`)("long-file-name");
        expect(await overflowing(page)).toEqual([]);
        const files = page.locator('[data-testid="sheet-units"] tbody tr td:nth-child(2)');
        expect((await files.evaluateAll((tds) => tds.map((td) => td.getAttribute("title")))).slice(0, 2)).toEqual(LONG_NAMES);
      },
      STEP_TIMEOUT_MS,
    );
  });
}
