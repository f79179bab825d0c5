import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { buildPreview } from "./support/buildPreview";
import { chromiumAvailable } from "./support/chromium";
import { largeWorkbook } from "./support/largeWorkbook";
import { cellText, openSheet, typeCell } from "./support/previewGrid";
import { SCREENSHOT_DIR, screenshotter } from "./support/screenshots";
import { builtSite, dropFiles, waitForText, withBrowser } from "./support/session";

/*
 * 审查 in the task pane, end to end through the preview host in Debian's Chromium: the reviewer
 * picks the seven example workbooks, a damaged file and the quota table, and the three review
 * sheets appear in the open workbook. Where Chromium is missing only the build runs, and the run
 * ends with a notice saying so (browserNoticeReporter).
 */

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

const site = builtSite("qbench-review-", buildPreview);

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

if (chromiumAvailable()) {
  describe("审查 in the task pane of the preview", () => {
    const session = withBrowser(site);
    let page: Page;
    const requested: string[] = [];
    const pageErrors: string[] = [];

    beforeAll(async () => {
      page = await session.open(session.served("preview.html?workbook=blank"), (p) => {
        p.on("request", (r) => requested.push(r.url()));
        p.on("pageerror", (e) => pageErrors.push(e.message));
      });
    }, STEP_TIMEOUT_MS);

    it(
      "reviews the seven examples, a damaged file and the quota table into three new sheets",
      async () => {
        const shot = screenshotter(page, "review");
        const pane = page.getByRole("complementary", { name: "Task pane" });
        await pane.getByRole("tab", { name: "审查" }).click();
        await dropFiles(pane, "review-files", [...FORMS.map(picked), DAMAGED]);
        await dropFiles(pane, "review-quota", join(EXAMPLES, "quota.json"));
        await waitForText(pane, "名额表：quota.json", WAIT_MS);
        await shot("files-picked");
        // The readers are not part of the pane: nothing of them is fetched before the first review.
        expect(requested.filter((u) => /review-(engine|worker)/.test(u))).toEqual([]);

        await pane.getByRole("button", { name: `审查 ${FORMS.length + 1} 个文件` }).click();
        await waitForText(pane, `${FORMS.length + 1} 个文件：1 个无法读取，5 个有错误`, WAIT_MS);
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
        await dropFiles(pane, "review-files", join(EXAMPLES, FORMS[1]!));
        await pane.getByRole("button", { name: "审查 1 个文件" }).click();
        await waitForText(pane, "1 个文件：0 个无法读取，0 个有错误", WAIT_MS);
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
        await dropFiles(pane, "review-files", [...large, picked(FORMS[1]!)]);
        await pane.getByRole("button", { name: "审查 3 个文件" }).click();
        await waitForText(pane, "正在读取第 1 / 3 个文件：大表.xlsx", WAIT_MS);
        // A click in the workbook is handled at once (the cell takes the keyboard) while the large files are still being read.
        const cell = page.getByRole("gridcell", { name: "C4", exact: true });
        await cell.click();
        await cell.locator("input").waitFor({ timeout: 5_000 });
        expect(await pane.getByText(/正在读取第 [12] \/ 3 个文件：大表/).isVisible()).toBe(true);
        await shot("reading-large-file");

        await pane.getByRole("button", { name: "停止审查" }).click();
        await waitForText(pane, "已停止审查，工作簿未改动。", WAIT_MS);
        const tabs = page.getByRole("tablist", { name: "Sheets" }).getByRole("tab");
        expect(await tabs.count()).toBe(7);
        await shot("stopped");

        // Started again, the review goes to its end: each large file is one row (no form in it), the form another.
        await pane.getByRole("button", { name: "审查 3 个文件" }).click();
        await waitForText(pane, "已加入工作表：", STEP_TIMEOUT_MS);
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
        await dropFiles(pane, "review-files", join(EXAMPLES, FORMS[1]!));
        await pane.getByRole("button", { name: "不用名额表" }).click();

        const sheetChoice = pane.getByRole("combobox", { name: "或用本工作簿中的一张工作表作名额表" });
        await sheetChoice.click();
        await page.getByRole("option", { name: "单位汇总", exact: true }).click();
        await waitForText(pane, "工作表“单位汇总”不能用作名额表", WAIT_MS);
        await waitForText(pane, "工作表“单位汇总”的前 10 行中没有“推荐单位”和“名额”两列", WAIT_MS);
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
        await waitForText(pane, "名额表：工作表“Sheet1”（1 个单位）", WAIT_MS);
        expect(await pane.getByText("不能用作名额表").count()).toBe(0);
        await shootPane("zh-chosen");

        await pane.getByRole("button", { name: "审查 1 个文件" }).click();
        await waitForText(pane, "已加入工作表：", WAIT_MS);
        await openSheet(page, "单位汇总 (4)");
        expect(await rowOf(page, 2, "AG")).toEqual(["宁波市经济和信息化局", "2"]);
        await shootPane("zh-reviewed");

        await pane.getByRole("button", { name: "English" }).click();
        await waitForText(pane, "Quota table: sheet “Sheet1” (1 unit)", WAIT_MS);
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
    const session = withBrowser(site);

    it(
      "reviews in the pane itself into the same sheets",
      async () => {
        const requested: string[] = [];
        const page = await session.open(session.served("preview.html?workbook=blank"), async (p) => {
          p.on("request", (r) => requested.push(r.url()));
          // As in a host whose policy forbids workers: constructing one throws.
          await p.addInitScript(() => {
            window.Worker = class {
              constructor() {
                throw new DOMException("workers are not allowed here", "SecurityError");
              }
            } as unknown as typeof Worker;
          });
        });
        const pane = page.getByRole("complementary", { name: "Task pane" });
        await pane.getByRole("tab", { name: "审查" }).click();
        await dropFiles(pane, "review-files", [...FORMS.map(picked), DAMAGED]);
        await dropFiles(pane, "review-quota", join(EXAMPLES, "quota.json"));
        await pane.getByRole("button", { name: `审查 ${FORMS.length + 1} 个文件` }).click();
        await waitForText(pane, `${FORMS.length + 1} 个文件：1 个无法读取，5 个有错误`, WAIT_MS);
        expect(requested.filter((u) => u.includes("review-engine"))).toHaveLength(1);
        expect(requested.filter((u) => WORKER_SCRIPT.test(u))).toEqual([]);
        await openSheet(page, "单位汇总");
        expect(unitsFromWorker).toHaveLength(UNIT_ROWS);
        expect(await rowsOf(page, UNIT_ROWS, UNIT_COLUMNS)).toEqual(unitsFromWorker);
      },
      STEP_TIMEOUT_MS,
    );
  });
}

describe("the preview build", () => {
  it("keeps the review engine out of the pane's own script", () => {
    const scripts = readdirSync(site.path).filter((f) => f.endsWith(".js"));
    expect(scripts.some((f) => f.startsWith("review-engine"))).toBe(true);
  });
});
