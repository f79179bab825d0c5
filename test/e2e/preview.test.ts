import { mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Locator, Page } from "playwright-core";
import { launchChromium, type Browser } from "./support/browser";
import { buildPreview } from "./support/buildPreview";
import { chromiumAvailable } from "./support/chromium";
import { screenshotter } from "./support/screenshots";
import { serveDirectory, type StaticServer } from "./support/staticServer";

/*
 * The browser preview, end to end: the page is built once with webpack, served from a local port,
 * and driven in Debian's Chromium the way a clerk would use the task pane. Where Chromium is
 * missing only the build test runs, and the run ends with a notice saying so (browserNoticeReporter).
 */

const BUILD_TIMEOUT_MS = 240_000;
const STEP_TIMEOUT_MS = 120_000;
/** How long something the clerk waits for may take to appear (the pane recounts after a pause). */
const WAIT_MS = 15_000;

let site: string;
beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), "qbench-preview-"));
  await buildPreview(site);
}, BUILD_TIMEOUT_MS);
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe("the preview page build", () => {
  it("loads only its own files, and never Office.js", () => {
    const html = readFileSync(join(site, "preview.html"), "utf8");
    const sources = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source).not.toMatch(/^(https?:)?\/\//);
    const scripts = readdirSync(site).filter((f) => f.endsWith(".js"));
    for (const file of scripts) expect(readFileSync(join(site, file), "utf8")).not.toContain("appsforoffice.microsoft.com");
  });
});

interface Row {
  readonly row: number;
  readonly values: readonly string[];
}

/** Four enterprises as a clerk types them: 杭州 is a short city name, 绍兴越州 made a loss. */
const ROWS: readonly Row[] = [
  { row: 6, values: ["1", "宁波东方精密机械有限公司", "东方精密推行全员精益生产的经验", "宁波市", "通用设备制造业", "56800", "43200.5", "5230", "3980", "陈晓燕", "质量部经理", "13805741234"] },
  { row: 7, values: ["2", "杭州西溪智能电气股份有限公司", "西溪电气构建数字化质量追溯体系的经验", "杭州", "电气机械和器材制造业", "12300", "9800", "1560", "1120", "王磊", "总经理助理", "0571-86012345"] },
  { row: 8, values: ["3", "绍兴越州纺织印染有限公司", "越州纺织推行绿色印染工艺的经验", "绍兴市", "纺织业", "8900", "7600", "260", "-150", "孙立", "技术科长", "13857512345"] },
  { row: 9, values: ["4", "嘉兴禾城新材料股份有限公司", "禾城新材料开展质量对标提升的经验", "嘉兴市", "化学原料和化学制品制造业", "31200", "27600", "3980", "2870", "周婷", "副总经理", "0573-82234567"] },
];
const COLUMNS = "ABCDEFGHIJKLM";

/** Clicks the cell and types into it, as a person does; Tab moves on, Enter ends the entry. */
async function typeCell(page: Page, address: string, text: string): Promise<void> {
  await page.getByRole("gridcell", { name: address, exact: true }).click();
  await page.getByLabel(`Edit ${address}`, { exact: true }).fill(text);
  await page.keyboard.press("Enter");
}

async function typeRow(page: Page, { row, values }: Row): Promise<void> {
  await page.getByRole("gridcell", { name: `A${row}`, exact: true }).click();
  for (let i = 0; i < values.length; i++) {
    await page.getByLabel(`Edit ${COLUMNS[i]}${row}`, { exact: true }).fill(values[i]!);
    await page.keyboard.press(i === values.length - 1 ? "Enter" : "Tab");
  }
}

async function clearRow(page: Page, row: number): Promise<void> {
  await page.getByRole("gridcell", { name: `A${row}`, exact: true }).click();
  for (let i = 0; i < COLUMNS.length; i++) {
    await page.keyboard.press("Delete");
    await page.keyboard.press("Tab");
  }
}

/** Waits until the locator's one element is visible; fails the test when it never is. */
async function shows(locator: Locator): Promise<void> {
  await locator.waitFor({ state: "visible", timeout: WAIT_MS });
}

async function goes(locator: Locator): Promise<void> {
  await locator.waitFor({ state: "hidden", timeout: WAIT_MS });
}

function cell(page: Page, address: string) {
  return page.getByRole("gridcell", { name: address, exact: true });
}

function pane(page: Page) {
  return page.getByRole("complementary", { name: "Task pane" });
}

if (chromiumAvailable()) {
  describe("a clerk's journey through the task pane, in Chromium", () => {
    let server: StaticServer;
    let browser: Browser;
    let page: Page;
    let shot: (name: string) => Promise<void>;
    const pageErrors: string[] = [];
    const requested: string[] = [];

    beforeAll(async () => {
      server = await serveDirectory(site);
      browser = await launchChromium();
      page = await browser.context.newPage();
      page.on("pageerror", (e) => pageErrors.push(e.message));
      page.on("request", (r) => requested.push(r.url()));
      shot = screenshotter(page);
      await page.goto(`${server.url}/preview.html?workbook=blank`);
    }, STEP_TIMEOUT_MS);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it("creates the form in a new sheet from the 模板 tab", async () => {
      await shot("blank-workbook");
      const p = pane(page);
      await p.getByRole("combobox", { name: "推荐单位所在地区" }).click();
      await page.getByRole("option", { name: "浙江省", exact: true }).click();
      await p.getByRole("textbox", { name: "推荐单位", exact: true }).fill("浙江省经济和信息化厅");
      await p.getByRole("textbox", { name: "填报人", exact: true }).fill("李明");
      await p.getByRole("textbox", { name: "联系电话", exact: true }).fill("0571-87051234");
      await p.getByRole("button", { name: "生成统计表" }).click();

      await shows(p.getByText("已生成工作表“申报企业统计表”"));
      await shows(page.getByRole("tab", { name: "申报企业统计表", selected: true }));
      expect(await cell(page, "A2").textContent()).toBe(`${new Date().getFullYear()}年工业企业质量标杆申报企业统计表`);
      expect(await cell(page, "E5").textContent()).toBe("所属行业");
      await shot("form-created");
    }, STEP_TIMEOUT_MS);

    it("sets a quota, then shows usage climbing row by row while the clerk types, past the limit", async () => {
      const today = new Date();
      await typeCell(page, "L3", `${today.getFullYear()}年${today.getMonth() + 1}月${today.getDate()}日`);
      const p = pane(page);
      await p.getByRole("tab", { name: "名额" }).click();
      await p.getByRole("textbox", { name: "推荐总名额" }).fill("3");
      await p.getByRole("button", { name: "保存名额" }).click();
      await shows(p.getByText("名额已保存到工作簿"));
      for (const [i, row] of ROWS.entries()) {
        await typeRow(page, row);
        const used = i + 1;
        await shows(p.getByText(used > 3 ? `${used} / 3 · 超出` : `${used} / 3`, { exact: true }));
        if (used === 2 || used === 4) await shot(`quota-${used}-of-3`);
      }
      expect(await cell(page, "F6").textContent()).toBe("56,800.00");
    }, STEP_TIMEOUT_MS);

    it("validates and lists the issues grouped by severity", async () => {
      const p = pane(page);
      await p.getByRole("tab", { name: "校验" }).click();
      await p.getByRole("button", { name: "校验", exact: true }).click();
      const summary = p.getByRole("status");
      await shows(summary);
      expect(await summary.textContent()).toMatch(/4 家企业：\d+ 个错误，\d+ 个提示/);
      const errors = p.getByRole("list", { name: "错误" });
      const warnings = p.getByRole("list", { name: "提示" });
      expect(await errors.getByRole("button").filter({ hasText: "I8" }).count()).toBe(1);
      expect(await warnings.getByRole("button").filter({ hasText: "D7" }).count()).toBe(1);
      await shot("issues-listed");
    }, STEP_TIMEOUT_MS);

    it("selects the cell of an issue the clerk clicks", async () => {
      await pane(page).getByTitle("定位到 D7").click();
      await shows(page.getByRole("gridcell", { name: "D7", selected: true }));
      expect(await page.getByLabel("Name Box").inputValue()).toBe("D7");
      await shot("issue-cell-selected");
    }, STEP_TIMEOUT_MS);

    it("lists a fix's change in a dialog before writing it", async () => {
      const p = pane(page);
      await p.getByRole("button", { name: /^修正（\d+）$/ }).click();
      const dialog = page.getByRole("dialog", { name: "确认修正" });
      await shows(dialog);
      expect(await dialog.getByRole("checkbox", { name: "D7: 杭州 → 杭州市" }).isChecked()).toBe(true);
      expect(await cell(page, "D7").textContent()).toBe("杭州");
      await shot("fix-dialog");
      await dialog.getByRole("button", { name: /^应用 \d+ 项修改$/ }).click();
      await goes(page.getByRole("dialog"));
      expect(await cell(page, "D7").textContent()).toBe("杭州市");
      await shot("fix-applied");
    }, STEP_TIMEOUT_MS);

    it("refuses to seal while a row is over quota or an error stands", async () => {
      const p = pane(page);
      await p.getByRole("tab", { name: "封存" }).click();
      await shows(p.getByRole("listitem", { name: "没有错误: ✗" }));
      await shows(p.getByRole("listitem", { name: "未超出名额: ✗" }));
      await p.getByRole("textbox", { name: "封存人" }).fill("李明");
      expect(await p.getByRole("button", { name: "封存", exact: true }).isDisabled()).toBe(true);
      await shot("seal-refused");
    }, STEP_TIMEOUT_MS);

    it("seals once the loss is corrected and the fourth row removed", async () => {
      const p = pane(page);
      await typeCell(page, "I8", "150");
      await clearRow(page, 9);
      await shows(p.getByRole("listitem", { name: "没有错误: ✓" }));
      await shows(p.getByRole("listitem", { name: "未超出名额: ✓" }));
      const confirmations = p.getByRole("group", { name: "逐条确认提示" }).getByRole("checkbox");
      for (let i = 0; i < (await confirmations.count()); i++) await confirmations.nth(i).check();
      await shows(p.getByRole("listitem", { name: "每条提示均已确认: ✓" }));
      await p.getByRole("button", { name: "封存", exact: true }).click();
      await shows(p.getByText("统计表已封存并保护"));
      await shot("sealed");

      await p.getByRole("button", { name: "核验封存" }).click();
      await shows(p.getByText("封存有效：内容自封存后没有改动"));
      await shot("verified-valid");
    }, STEP_TIMEOUT_MS);

    it("keeps the sealed sheet protected, and names the changed cell once someone edits it anyway", async () => {
      await typeCell(page, "F6", "99999");
      await shows(page.getByRole("alert").filter({ hasText: "protected sheet" }));
      expect(await cell(page, "F6").textContent()).toBe("56,800.00");
      await shot("protected-edit-refused");

      await page.getByRole("button", { name: "Unprotect sheet" }).click();
      await typeCell(page, "F6", "56900");
      const p = pane(page);
      await p.getByRole("button", { name: "核验封存" }).click();
      const broken = p.getByRole("list", { name: "封存已失效：以下单元格在封存后被改动" });
      await shows(broken);
      expect(await broken.getByRole("listitem").allTextContents()).toEqual(["F6：56800 → 56900"]);
      await shot("verified-broken");
    }, STEP_TIMEOUT_MS);

    it("switches the pane to English", async () => {
      const p = pane(page);
      await p.getByRole("button", { name: "English" }).click();
      await shows(p.getByRole("tab", { name: "Seal" }));
      expect(await p.getByRole("tab").allTextContents()).toEqual(["Template", "Check", "Quota", "Seal"]);
      await shot("english");
      expect(pageErrors).toEqual([]);
      expect(requested.filter((url) => !url.startsWith(`${server.url}/`) && !url.startsWith("blob:"))).toEqual([]);
    }, STEP_TIMEOUT_MS);
  });
}
