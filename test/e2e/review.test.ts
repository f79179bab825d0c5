import { mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Page } from "playwright-core";
import { launchChromium, type Browser } from "./support/browser";
import { buildPreview } from "./support/buildPreview";
import { chromiumAvailable } from "./support/chromium";
import { screenshotter } from "./support/screenshots";
import { serveDirectory, type StaticServer } from "./support/staticServer";

/*
 * 审查 in the task pane, end to end through the preview host in Debian's Chromium: the reviewer
 * picks the seven example workbooks, a damaged file and the quota table, and the three review
 * sheets appear in the open workbook. Where Chromium is missing only the build runs, and the run
 * ends with a notice saying so (browserNoticeReporter).
 */

const BUILD_TIMEOUT_MS = 240_000;
const STEP_TIMEOUT_MS = 180_000;
const WAIT_MS = 60_000;
const EXAMPLES = join(__dirname, "..", "..", "examples");
const FORMS = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith(".xlsx"))
  .sort();
const DAMAGED = {
  name: "08-损坏的文件.xlsx",
  mimeType: "application/octet-stream",
  buffer: Buffer.from("PK\u0003\u0004 not a zip at all"),
};

/** A file as the reviewer picks it (Playwright takes either paths or contents, not both in one pick). */
function picked(name: string): { name: string; mimeType: string; buffer: Buffer } {
  return {
    name,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: readFileSync(join(EXAMPLES, name)),
  };
}

let site: string;
beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), "qbench-review-"));
  await buildPreview(site);
}, BUILD_TIMEOUT_MS);
afterAll(() => rmSync(site, { recursive: true, force: true }));

/** What a cell shows; the selected cell shows its content in its edit box. */
async function cellText(page: Page, address: string): Promise<string> {
  const cell = page.getByRole("gridcell", { name: address, exact: true });
  const editor = cell.locator("input");
  return (await editor.count()) > 0 ? editor.inputValue() : ((await cell.textContent()) ?? "");
}

/** The sheet's cells as the reviewer reads them, row by row from the given columns. */
async function rowOf(page: Page, row: number, columns: string): Promise<string[]> {
  return Promise.all([...columns].map((c) => cellText(page, `${c}${row}`)));
}

function fillOf(page: Page, address: string): Promise<string> {
  return page.getByRole("gridcell", { name: address, exact: true }).evaluate((el) => getComputedStyle(el).backgroundColor);
}

async function openSheet(page: Page, name: string): Promise<void> {
  await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name, exact: true }).click();
  await page.getByRole("grid", { name: `Sheet ${name}` }).waitFor({ timeout: WAIT_MS });
}

if (chromiumAvailable()) {
  describe("审查 in the task pane of the preview", () => {
    let server: StaticServer;
    let browser: Browser;
    let page: Page;
    const requested: string[] = [];
    const pageErrors: string[] = [];

    beforeAll(async () => {
      server = await serveDirectory(site);
      browser = await launchChromium();
      page = await browser.context.newPage();
      page.on("request", (r) => requested.push(r.url()));
      page.on("pageerror", (e) => pageErrors.push(e.message));
      await page.goto(`${server.url}/preview.html?workbook=blank`);
    }, STEP_TIMEOUT_MS);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it(
      "reviews the seven examples, a damaged file and the quota table into three new sheets",
      async () => {
        const shot = screenshotter(page, "review");
        const pane = page.getByRole("complementary", { name: "Task pane" });
        await pane.getByRole("tab", { name: "审查" }).click();
        await pane.getByTestId("review-files").setInputFiles([...FORMS.map(picked), DAMAGED]);
        await pane.getByTestId("review-quota").setInputFiles(join(EXAMPLES, "quota.json"));
        await pane.getByText("名额表：quota.json").waitFor({ timeout: WAIT_MS });
        await shot("files-picked");
        // The readers are not part of the pane: nothing of them is fetched before the first review.
        expect(requested.filter((u) => u.includes("review-engine"))).toEqual([]);

        await pane.getByRole("button", { name: `审查 ${FORMS.length + 1} 个文件` }).click();
        await pane.getByText(`${FORMS.length + 1} 个文件：1 个无法读取，5 个有错误`).waitFor({ timeout: WAIT_MS });
        expect(requested.filter((u) => u.includes("review-engine"))).toHaveLength(1);
        await shot("reviewed");

        const tabs = page.getByRole("tablist", { name: "Sheets" }).getByRole("tab");
        expect(await tabs.allTextContents()).toEqual(["Sheet1", "单位汇总", "问题清单", "企业汇总"]);

        // 单位汇总: one row per file, in the order picked; the seal, quota and status as the meeting reads them.
        await openSheet(page, "单位汇总");
        expect(await rowOf(page, 1, "ABEFGIO")).toEqual(["推荐单位", "文件", "企业数", "已用名额", "名额上限", "封存状态", "状态"]);
        expect(await rowOf(page, 2, "ABEFGIO")).toEqual(["浙江省经济和信息化厅", FORMS[0], "4", "4", "5", "有效", "有错误"]);
        expect(await rowOf(page, 3, "ABIO")).toEqual(["宁波市经济和信息化局", FORMS[1], "未封存", "通过"]);
        expect(await rowOf(page, 7, "AIJ")).toEqual(["山东省工业和信息化厅", "已改动", "朱琳"]);
        expect(await rowOf(page, 8, "AEFGO")).toEqual(["福建省工业和信息化厅", "4", "4", "3", "有错误"]);
        // The damaged file is one row with its reason, and the rest went on.
        expect(await rowOf(page, 9, "BO")).toEqual([DAMAGED.name, "无法读取"]);
        expect(await cellText(page, "P9")).toContain("文件已损坏");
        expect(await cellText(page, "A10")).toBe("");
        expect(await fillOf(page, "A9")).toBe("rgb(253, 231, 233)");
        expect(await fillOf(page, "A3")).toBe("rgba(0, 0, 0, 0)");
        await shot("unit-summary");

        // 问题清单: the cross-unit duplicate sits with each file it points into.
        await openSheet(page, "问题清单");
        expect(await rowOf(page, 2, "BDG")).toEqual([FORMS[0], "B6", "enterprise-recommended-twice"]);
        await shot("issue-list");

        // 企业汇总: every enterprise with its unit and source row; 海康威视, recommended by two units, marked twice.
        await openSheet(page, "企业汇总");
        expect(await rowOf(page, 2, "BCOQ")).toEqual(["浙江省经济和信息化厅", "杭州海康威视数字技术股份有限公司", FORMS[0], "6"]);
        expect(await rowOf(page, 9, "BCOQ")).toEqual(["中国电子信息行业联合会", "杭州海康威视数字技术股份有限公司", FORMS[2], "7"]);
        for (const row of [2, 9]) {
          expect(await cellText(page, `R${row}`)).toBe("也由以下单位推荐：浙江省经济和信息化厅、中国电子信息行业联合会");
          expect(await fillOf(page, `C${row}`)).toBe("rgb(255, 244, 206)");
        }
        expect(await cellText(page, "R3")).toBe("");
        expect(await fillOf(page, "C3")).toBe("rgba(0, 0, 0, 0)");
        await shot("enterprise-list");
        expect(pageErrors).toEqual([]);
      },
      STEP_TIMEOUT_MS,
    );

    it(
      "adds a second review beside the first under free names, replacing nothing",
      async () => {
        const pane = page.getByRole("complementary", { name: "Task pane" });
        await pane.getByRole("button", { name: "清空" }).click();
        await pane.getByTestId("review-files").setInputFiles(join(EXAMPLES, FORMS[1]!));
        await pane.getByRole("button", { name: "审查 1 个文件" }).click();
        await pane.getByText("1 个文件：0 个无法读取，0 个有错误").waitFor({ timeout: WAIT_MS });
        const tabs = page.getByRole("tablist", { name: "Sheets" }).getByRole("tab");
        expect(await tabs.allTextContents()).toEqual([
          "Sheet1",
          "单位汇总",
          "问题清单",
          "企业汇总",
          "单位汇总 (2)",
          "问题清单 (2)",
          "企业汇总 (2)",
        ]);
        await openSheet(page, "单位汇总");
        expect(await cellText(page, "B9")).toBe(DAMAGED.name);
        await openSheet(page, "单位汇总 (2)");
        expect(await rowOf(page, 2, "AB")).toEqual(["宁波市经济和信息化局", FORMS[1]]);
        await screenshotter(page, "review-again")("second-review");
      },
      STEP_TIMEOUT_MS,
    );
  });
}

describe("the preview build", () => {
  it("keeps the review engine out of the pane's own script", () => {
    const scripts = readdirSync(site).filter((f) => f.endsWith(".js"));
    expect(scripts.some((f) => f.startsWith("review-engine"))).toBe(true);
  });
});
