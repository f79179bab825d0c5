import { mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Page } from "playwright-core";
import { launchChromium, type Browser } from "./support/browser";
import { buildPreview } from "./support/buildPreview";
import { chromiumAvailable } from "./support/chromium";
import { SCREENSHOT_DIR, screenshotter } from "./support/screenshots";
import { largeWorkbook } from "./support/largeWorkbook";
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

async function rowsOf(page: Page, rows: number, columns: string): Promise<string[][]> {
  const read: string[][] = [];
  for (let r = 1; r <= rows; r++) read.push(await rowOf(page, r, columns));
  return read;
}

/** 单位汇总 of the first review: its header, seven forms and the damaged file, every column. */
const UNIT_ROWS = 9;
const UNIT_COLUMNS = "ABCDEFGHIJKLMNOP";
let unitsFromWorker: string[][] = [];
/** The worker's own script (the chunks it loads after it are named after its layer too). */
const WORKER_SCRIPT = /\/review-worker\.[0-9a-f]+\.js$/;

function fillOf(page: Page, address: string): Promise<string> {
  return page.getByRole("gridcell", { name: address, exact: true }).evaluate((el) => getComputedStyle(el).backgroundColor);
}

/** Clicks the cell and types into it, as a person does; Enter ends the entry. */
async function typeCell(page: Page, address: string, text: string): Promise<void> {
  await page.getByRole("gridcell", { name: address, exact: true }).click();
  await page.getByLabel(`Edit ${address}`, { exact: true }).fill(text);
  await page.keyboard.press("Enter");
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
        expect(requested.filter((u) => /review-(engine|worker)/.test(u))).toEqual([]);

        await pane.getByRole("button", { name: `审查 ${FORMS.length + 1} 个文件` }).click();
        await pane.getByText(`${FORMS.length + 1} 个文件：1 个无法读取，5 个有错误`).waitFor({ timeout: WAIT_MS });
        // Read in the worker: its chunk fetched once, the readers never loaded into the pane itself.
        expect(requested.filter((u) => WORKER_SCRIPT.test(u))).toHaveLength(1);
        expect(requested.filter((u) => u.includes("review-engine"))).toEqual([]);
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
        unitsFromWorker = await rowsOf(page, UNIT_ROWS, UNIT_COLUMNS);
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

    it(
      "reads large files in the worker: the workbook answers a click while they are read, and the reviewer can stop",
      async () => {
        const shot = screenshotter(page, "review-large");
        const pane = page.getByRole("complementary", { name: "Task pane" });
        // Two large files, so that the review is still reading them when the reviewer stops it, on a fast machine too.
        const buffer = await largeWorkbook(30_000, 10);
        const large = [
          { name: "大表.xlsx", mimeType: "application/octet-stream", buffer },
          { name: "大表二.xlsx", mimeType: "application/octet-stream", buffer },
        ];
        await pane.getByRole("button", { name: "清空" }).click();
        await pane.getByTestId("review-files").setInputFiles([...large, picked(FORMS[1]!)]);
        await pane.getByRole("button", { name: "审查 3 个文件" }).click();
        await pane.getByText("正在读取第 1 / 3 个文件：大表.xlsx").waitFor({ timeout: WAIT_MS });
        // A click in the workbook is handled at once (the cell takes the keyboard) while the large files are still being read.
        const cell = page.getByRole("gridcell", { name: "C4", exact: true });
        await cell.click();
        await cell.locator("input").waitFor({ timeout: 5_000 });
        expect(await pane.getByText(/正在读取第 [12] \/ 3 个文件：大表/).isVisible()).toBe(true);
        await shot("reading-large-file");

        await pane.getByRole("button", { name: "停止审查" }).click();
        await pane.getByText("已停止审查，工作簿未改动。").waitFor({ timeout: WAIT_MS });
        const tabs = page.getByRole("tablist", { name: "Sheets" }).getByRole("tab");
        expect(await tabs.count()).toBe(7);
        await shot("stopped");

        // Started again, the review goes to its end: each large file is one row (no form in it), the form another.
        await pane.getByRole("button", { name: "审查 3 个文件" }).click();
        await pane.getByText("已加入工作表：").waitFor({ timeout: STEP_TIMEOUT_MS });
        expect(await tabs.count()).toBe(10);
        await openSheet(page, "单位汇总 (3)");
        expect(await rowOf(page, 2, "B")).toEqual(["大表.xlsx"]);
        expect(await rowOf(page, 3, "B")).toEqual(["大表二.xlsx"]);
        expect(await rowOf(page, 4, "AB")).toEqual(["宁波市经济和信息化局", FORMS[1]]);
        expect(requested.filter((u) => u.includes("review-engine"))).toEqual([]);
        expect(pageErrors).toEqual([]);
      },
      STEP_TIMEOUT_MS,
    );

    it(
      "takes the quota table from a sheet of the workbook, and says what is wrong with a sheet that is not one",
      async () => {
        const pane = page.getByRole("complementary", { name: "Task pane" });
        // At the narrowest width Excel gives a task pane (the preview's is 380 px): nothing may stick out sideways.
        await pane.evaluate((el) => (el.style.width = "320px"));
        const shootPane = async (name: string): Promise<void> => {
          await pane.screenshot({ path: join(SCREENSHOT_DIR, `review-quota-sheet-${name}.png`) });
          expect(
            await pane.evaluate((el) =>
              [...el.querySelectorAll("*")]
                .filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== "auto")
                .map((e) => e.textContent),
            ),
          ).toEqual([]);
        };
        await openSheet(page, "Sheet1");
        for (const [address, text] of [
          ["A1", "推荐单位"],
          ["B1", "名额"],
          ["A2", "宁波市经济和信息化局"],
          ["B2", "2"],
        ] as const)
          await typeCell(page, address, text);
        await pane.getByRole("button", { name: "清空" }).click();
        await pane.getByTestId("review-files").setInputFiles(join(EXAMPLES, FORMS[1]!));
        await pane.getByRole("button", { name: "不用名额表" }).click();

        const sheetChoice = pane.getByRole("combobox", { name: "或用本工作簿中的一张工作表作名额表" });
        await sheetChoice.click();
        await page.getByRole("option", { name: "单位汇总", exact: true }).click();
        await pane.getByText("工作表“单位汇总”不能用作名额表").waitFor({ timeout: WAIT_MS });
        await pane.getByText("工作表“单位汇总”的前 10 行中没有“推荐单位”和“名额”两列").waitFor({ timeout: WAIT_MS });
        await shootPane("zh-not-a-table");

        await sheetChoice.click();
        expect(await page.getByRole("option").allTextContents()).toEqual([
          "Sheet1",
          "单位汇总",
          "问题清单",
          "企业汇总",
          "单位汇总 (2)",
          "问题清单 (2)",
          "企业汇总 (2)",
          "单位汇总 (3)",
          "问题清单 (3)",
          "企业汇总 (3)",
        ]);
        await page.getByRole("option", { name: "Sheet1", exact: true }).click();
        await pane.getByText("名额表：工作表“Sheet1”（1 个单位）").waitFor({ timeout: WAIT_MS });
        expect(await pane.getByText("不能用作名额表").count()).toBe(0);
        await shootPane("zh-chosen");

        await pane.getByRole("button", { name: "审查 1 个文件" }).click();
        await pane.getByText("已加入工作表：").waitFor({ timeout: WAIT_MS });
        await openSheet(page, "单位汇总 (4)");
        expect(await rowOf(page, 2, "AG")).toEqual(["宁波市经济和信息化局", "2"]);
        await shootPane("zh-reviewed");

        await pane.getByRole("button", { name: "English" }).click();
        await pane.getByText("Quota table: sheet “Sheet1” (1 unit)").waitFor({ timeout: WAIT_MS });
        await shootPane("en-reviewed");
        await pane.getByRole("button", { name: "No quota table" }).click();
        await pane.getByRole("combobox", { name: "Or take the quota table from a sheet of this workbook" }).waitFor({ timeout: WAIT_MS });
        await shootPane("en-choose");
        await pane.getByRole("button", { name: "中文" }).click();
        await pane.evaluate((el) => (el.style.width = ""));
        expect(pageErrors).toEqual([]);
      },
      STEP_TIMEOUT_MS,
    );
  });

  describe("审查 in the task pane where no worker can start", () => {
    it(
      "reviews in the pane itself into the same sheets",
      async () => {
        const server = await serveDirectory(site);
        const browser = await launchChromium();
        try {
          const page = await browser.context.newPage();
          const requested: string[] = [];
          page.on("request", (r) => requested.push(r.url()));
          // As in a host whose policy forbids workers: constructing one throws.
          await page.addInitScript(() => {
            window.Worker = class {
              constructor() {
                throw new DOMException("workers are not allowed here", "SecurityError");
              }
            } as unknown as typeof Worker;
          });
          await page.goto(`${server.url}/preview.html?workbook=blank`);
          const pane = page.getByRole("complementary", { name: "Task pane" });
          await pane.getByRole("tab", { name: "审查" }).click();
          await pane.getByTestId("review-files").setInputFiles([...FORMS.map(picked), DAMAGED]);
          await pane.getByTestId("review-quota").setInputFiles(join(EXAMPLES, "quota.json"));
          await pane.getByRole("button", { name: `审查 ${FORMS.length + 1} 个文件` }).click();
          await pane.getByText(`${FORMS.length + 1} 个文件：1 个无法读取，5 个有错误`).waitFor({ timeout: WAIT_MS });
          expect(requested.filter((u) => u.includes("review-engine"))).toHaveLength(1);
          expect(requested.filter((u) => WORKER_SCRIPT.test(u))).toEqual([]);
          await openSheet(page, "单位汇总");
          expect(unitsFromWorker).toHaveLength(UNIT_ROWS);
          expect(await rowsOf(page, UNIT_ROWS, UNIT_COLUMNS)).toEqual(unitsFromWorker);
        } finally {
          await browser.close();
          await server.close();
        }
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
