import ExcelJS from "exceljs";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import type { Locator, Page } from "playwright-core";
import { buildPreview } from "./support/buildPreview";
import { chromiumAvailable } from "./support/chromium";
import { typeCell } from "./support/previewGrid";
import { SCREENSHOT_DIR, screenshotter } from "./support/screenshots";
import { builtSite, withBrowser, type Session } from "./support/session";

/*
 * The browser preview, end to end: the page is built once with webpack, served from a local port,
 * and driven in Debian's Chromium the way a clerk would use the task pane. Where Chromium is
 * missing only the build test runs, and the run ends with a notice saying so (browserNoticeReporter).
 */

const STEP_TIMEOUT_MS = 120_000;
/** How long something the clerk waits for may take to appear (the pane recounts after a pause). */
const WAIT_MS = 15_000;

const site = builtSite("qbench-preview-", buildPreview);

describe("the preview page build", () => {
  it("loads only its own files, and never Office.js", () => {
    const html = readFileSync(join(site.path, "preview.html"), "utf8");
    const sources = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source).not.toMatch(/^(https?:)?\/\//);
    const scripts = readdirSync(site.path).filter((f) => f.endsWith(".js"));
    for (const file of scripts) expect(readFileSync(join(site.path, file), "utf8")).not.toContain("appsforoffice.microsoft.com");
  });
});

interface Row {
  readonly row: number;
  readonly values: readonly string[];
}

/** Four enterprises as a clerk types them: 杭州 is a short city name, 绍兴越州 made a loss. */
const ROWS: readonly Row[] = [
  {
    row: 6,
    values: [
      "1",
      "宁波东方精密机械有限公司",
      "东方精密推行全员精益生产的经验",
      "宁波市",
      "通用设备制造业",
      "56800",
      "43200.5",
      "5230",
      "3980",
      "陈晓燕",
      "质量部经理",
      "13805741234",
    ],
  },
  {
    row: 7,
    values: [
      "2",
      "杭州西溪智能电气股份有限公司",
      "西溪电气构建数字化质量追溯体系的经验",
      "杭州",
      "电气机械和器材制造业",
      "12300",
      "9800",
      "1560",
      "1120",
      "王磊",
      "总经理助理",
      "0571-86012345",
    ],
  },
  {
    row: 8,
    values: [
      "3",
      "绍兴越州纺织印染有限公司",
      "越州纺织推行绿色印染工艺的经验",
      "绍兴市",
      "纺织业",
      "8900",
      "7600",
      "260",
      "-150",
      "孙立",
      "技术科长",
      "13857512345",
    ],
  },
  {
    row: 9,
    values: [
      "4",
      "嘉兴禾城新材料股份有限公司",
      "禾城新材料开展质量对标提升的经验",
      "嘉兴市",
      "化学原料和化学制品制造业",
      "31200",
      "27600",
      "3980",
      "2870",
      "周婷",
      "副总经理",
      "0573-82234567",
    ],
  },
];
const COLUMNS = "ABCDEFGHIJKLM";

async function typeRow(page: Page, { row, values }: Row): Promise<void> {
  await page.getByRole("gridcell", { name: `A${row}`, exact: true }).click();
  for (let i = 0; i < values.length; i++) {
    await page.getByLabel(`Edit ${COLUMNS[i]}${row}`, { exact: true }).fill(values[i]!);
    await page.keyboard.press(i === values.length - 1 ? "Enter" : "Tab");
  }
}

/** Clicks the row's first cell on its text, as a person aims at what the cell shows, then clears cell after cell. */
async function clearRow(page: Page, row: number): Promise<void> {
  await page
    .getByRole("gridcell", { name: `A${row}`, exact: true })
    .locator(".cell-text")
    .click();
  expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(`Edit A${row}`);
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

/** A grid cell, also while a modal dialog hides the page behind it from assistive technology. */
function cell(page: Page, address: string) {
  return page.getByRole("gridcell", { name: address, exact: true, includeHidden: true });
}

/** Waits until the cell shows `expected` (the page re-renders after the pane's writes), then asserts it. */
async function expectCell(page: Page, address: string, expected: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline && (await shownIn(page, address)) !== expected) await page.waitForTimeout(100);
  expect(`${address}: ${await shownIn(page, address)}`).toBe(`${address}: ${expected}`);
}

/** What a cell shows; the selected cell shows its content in its edit box. */
async function shownIn(page: Page, address: string): Promise<string> {
  const editor = cell(page, address).locator("input");
  return (await editor.count()) > 0 ? editor.inputValue() : ((await cell(page, address).textContent()) ?? "");
}

const NO_FILL = "rgba(0, 0, 0, 0)";

/** The background a person sees on the cell. */
async function fillOf(page: Page, address: string): Promise<string> {
  return cell(page, address).evaluate((el) => getComputedStyle(el).backgroundColor);
}

function pane(page: Page) {
  return page.getByRole("complementary", { name: "Task pane" });
}

/** A page of the preview that records what it fetched and any uncaught error. */
interface Visit {
  readonly page: Page;
  readonly shot: (name: string) => Promise<void>;
  readonly pageErrors: string[];
  readonly requested: string[];
}

async function visit(session: Session, path: string, story: string): Promise<Visit> {
  const pageErrors: string[] = [];
  const requested: string[] = [];
  const page = await session.open(session.served(path), (p) => {
    p.on("pageerror", (e) => pageErrors.push(e.message));
    p.on("request", (r) => requested.push(r.url()));
  });
  return { page, shot: screenshotter(page, story), pageErrors, requested };
}

/**
 * Registers the steps of one story. Each builds on the one before, so after a failure the later
 * steps fail at once (naming the step that broke) instead of each waiting out its timeouts; a
 * failing step leaves a screenshot of what the page showed.
 */
function storySteps(current: () => Visit): (name: string, body: () => Promise<void>) => void {
  let brokenAt: string | undefined;
  return (name, body) => {
    it(
      name,
      async () => {
        if (brokenAt !== undefined) throw new Error(`not reached: the story stopped at "${brokenAt}"`);
        try {
          await body();
        } catch (error) {
          brokenAt = name;
          await current()
            .shot("FAILED")
            .catch(() => undefined);
          throw error;
        }
      },
      STEP_TIMEOUT_MS,
    );
  };
}

if (chromiumAvailable()) {
  describe("the preview in Chromium", () => {
    const session = withBrowser(site);

    describe("a clerk's journey through the task pane", () => {
      let journey: Visit;
      let page: Page;
      let shot: (name: string) => Promise<void>;
      const step = storySteps(() => journey);

      beforeAll(async () => {
        journey = await visit(session, "preview.html?workbook=blank", "journey");
        ({ page, shot } = journey);
      }, STEP_TIMEOUT_MS);

      step("creates the form in a new sheet from the 模板 tab", async () => {
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
        await expectCell(page, "A2", `${new Date().getFullYear()}年工业企业质量标杆申报企业统计表`);
        await expectCell(page, "E5", "所属行业");
        await shot("form-created");
      });

      step("sets a quota, then shows usage climbing row by row while the clerk types, past the limit", async () => {
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
        await expectCell(page, "F6", "56,800.00");
      });

      step("validates and lists the issues grouped by severity", async () => {
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
      });

      step("selects the cell of an issue the clerk clicks", async () => {
        await pane(page).getByTitle("定位到 D7").click();
        await shows(page.getByRole("gridcell", { name: "D7", selected: true }));
        expect(await page.getByLabel("Name Box").inputValue()).toBe("D7");
        await shot("issue-cell-selected");
      });

      step("marks the problem cells in the sheet, and clearing the marks restores them", async () => {
        const p = pane(page);
        await p.getByRole("button", { name: "在表格中标记" }).click();
        await shows(p.getByText("已在表格中标记问题单元格"));
        expect(await fillOf(page, "I8")).toBe("rgb(255, 199, 206)");
        expect(await fillOf(page, "D7")).toBe("rgb(255, 235, 156)");
        expect(await cell(page, "I8").getAttribute("title")).toContain("-150");
        await shot("cells-marked");
        await p.getByRole("button", { name: "清除标记" }).click();
        await shows(p.getByText("已清除标记，恢复原有填充色"));
        expect(await fillOf(page, "I8")).toBe(NO_FILL);
        expect(await fillOf(page, "D7")).toBe(NO_FILL);
      });

      step("lists a fix's change in a dialog before writing it", async () => {
        const p = pane(page);
        await p.getByRole("button", { name: /^修正（\d+）$/ }).click();
        const dialog = page.getByRole("dialog", { name: "确认修正" });
        await shows(dialog);
        expect(await dialog.getByRole("checkbox", { name: "D7: 杭州 → 杭州市" }).isChecked()).toBe(true);
        await expectCell(page, "D7", "杭州");
        await shot("fix-dialog");
        await dialog.getByRole("button", { name: /^应用 \d+ 项修改$/ }).click();
        await goes(page.getByRole("dialog"));
        await expectCell(page, "D7", "杭州市");
        await shot("fix-applied");
      });

      step("refuses to seal while a row is over quota or an error stands", async () => {
        const p = pane(page);
        await p.getByRole("tab", { name: "封存" }).click();
        await shows(p.getByRole("listitem", { name: "没有错误: ✗" }));
        await shows(p.getByRole("listitem", { name: "未超出名额: ✗" }));
        await p.getByRole("textbox", { name: "封存人" }).fill("李明");
        expect(await p.getByRole("button", { name: "封存", exact: true }).isDisabled()).toBe(true);
        await shot("seal-refused");
      });

      step("seals once the loss is corrected and the fourth row removed", async () => {
        const p = pane(page);
        await typeCell(page, "I8", "150");
        await clearRow(page, 9);
        await shows(p.getByRole("listitem", { name: "没有错误: ✓" }));
        await shows(p.getByRole("listitem", { name: "未超出名额: ✓" }));
        const confirmations = p.getByRole("group", { name: "逐条确认提示" }).getByRole("checkbox");
        for (let i = 0; i < (await confirmations.count()); i++) await confirmations.nth(i).check();
        await shows(p.getByRole("listitem", { name: "每条提示均已确认: ✓" }));
        // The clerk protected the sheet by hand (no password): the seal's protection takes its place until unsealing.
        await page.getByRole("button", { name: "Protect sheet" }).click();
        await p.getByRole("button", { name: "封存", exact: true }).click();
        await shows(p.getByText("统计表已封存并保护"));
        const code = (await p.getByLabel("封存码", { exact: true }).textContent()) ?? "";
        expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}-.$/);
        await shows(p.getByText(`统计表已封存并保护，封存码 ${code}`));
        await shot("sealed");

        await p.getByRole("tab", { name: "校验" }).click();
        await shows(p.getByText(/已封存并受保护：不能在其中标记、修正或撤销/));
        expect(await p.getByRole("button", { name: "在表格中标记" }).isDisabled()).toBe(true);
        await shot("sealed-actions-disabled");
        await p.getByRole("tab", { name: "封存" }).click();

        await p.getByRole("button", { name: "核验封存" }).click();
        await shows(p.getByText("封存有效：内容自封存后没有改动"));
        await p.getByRole("textbox", { name: /核对纸质表上的封存码/ }).fill(code.toLowerCase());
        await p.getByRole("button", { name: "核对", exact: true }).click();
        await shows(p.getByRole("status").filter({ hasText: "与纸质表上的封存码一致：本文件即所盖章的那份表" }));
        await shot("verified-valid");
        await p.getByRole("textbox", { name: /核对纸质表上的封存码/ }).fill((code.startsWith("0") ? "1" : "0") + code.slice(1));
        await p.getByRole("button", { name: "核对", exact: true }).click();
        await shows(p.getByRole("status").filter({ hasText: /^不是有效的封存码/ }));
        await shot("paper-code-typo");
        await p.getByRole("textbox", { name: /核对纸质表上的封存码/ }).fill(code);
      });

      step(
        "renames the sealed sheet on its tab as Excel allows: the seal is still found, broken by the rename, and the 校验 tab names the new name",
        async () => {
          const tabs = page.getByRole("tablist", { name: "Sheets" });
          const renameTo = async (from: string, to: string): Promise<void> => {
            await tabs.getByRole("tab", { name: from }).dblclick();
            const field = tabs.getByRole("textbox", { name: `Rename sheet ${from}` });
            await field.fill(to);
            await field.press("Enter");
            await shows(tabs.getByRole("tab", { name: to }));
          };
          await tabs.getByRole("tab", { name: "申报企业统计表" }).dblclick();
          await tabs.getByRole("textbox").fill("申报/2026");
          await tabs.getByRole("textbox").press("Enter");
          await shows(page.getByRole("alert").filter({ hasText: "You typed an invalid name for a sheet" }));
          await shows(tabs.getByRole("tab", { name: "申报企业统计表" }));

          await renameTo("申报企业统计表", "2026年申报表");
          const p = pane(page);
          await p.getByRole("tab", { name: "校验" }).click();
          await p.getByRole("button", { name: /校验/ }).first().click();
          await shows(p.getByText(/^工作表“2026年申报表”已封存并受保护/));
          await shot("renamed-sealed-sheet");
          await p.getByRole("tab", { name: "封存" }).click();
          await p.getByRole("button", { name: "核验封存" }).click();
          const broken = p.getByRole("list", { name: "封存后的改动" });
          await shows(broken);
          expect(await broken.getByRole("listitem").allTextContents()).toEqual([
            "工作表“2026年申报表”是封存后新增的",
            "工作表“申报企业统计表”在封存后被删除或改名",
          ]);

          await renameTo("2026年申报表", "申报企业统计表");
          await p.getByRole("button", { name: "核验封存" }).click();
          await shows(p.getByText("封存有效：内容自封存后没有改动"));
          // Leaving the tab emptied the paper-code field; the next step checks the code again.
          const code = (await p.getByLabel("封存码", { exact: true }).textContent()) ?? "";
          await p.getByRole("textbox", { name: /核对纸质表上的封存码/ }).fill(code);
        },
      );

      step("keeps the sealed sheet protected, and names the changed cell once someone edits it anyway", async () => {
        await typeCell(page, "F6", "99999");
        await shows(page.getByRole("alert").filter({ hasText: "protected sheet" }));
        await expectCell(page, "F6", "56,800.00");
        await shot("protected-edit-refused");

        await page.getByRole("button", { name: "Unprotect sheet" }).click();
        await typeCell(page, "F6", "56900");
        const p = pane(page);
        await p.getByRole("button", { name: "核验封存" }).click();
        const broken = p.getByRole("list", { name: "封存后的改动" });
        await shows(broken);
        expect(await broken.getByRole("listitem").allTextContents()).toEqual(["F6：封存时“56800”，现在“56900”"]);
        await p.getByRole("button", { name: "核对", exact: true }).click();
        await shows(p.getByRole("status").filter({ hasText: "封存码是本文件的，但封存已破坏：文件在封存后被改动过" }));
        await shot("verified-broken");
      });

      step("switches the pane to English", async () => {
        const p = pane(page);
        await p.getByRole("button", { name: "English" }).click();
        for (const name of ["Template", "Check", "Quota", "Seal"]) await shows(p.getByRole("tab", { name, exact: true }));
        await shows(p.getByRole("heading", { name: "Quality Benchmark Assistant" }));
        await p.getByRole("button", { name: "Verify seal" }).click();
        const broken = p.getByRole("list", { name: "Changes since sealing" });
        await shows(broken);
        expect(await broken.getByRole("listitem").allTextContents()).toEqual(["F6: sealed “56800”, now “56900”"]);
        expect(await p.getByRole("tab", { name: "模板" }).count()).toBe(0);
        await shot("english");
      });

      step("unseals, giving the sheet back the protection the clerk gave it before sealing", async () => {
        const p = pane(page);
        await p.getByRole("button", { name: "Unseal", exact: true }).click();
        // The dialog opens in a portal beside the pane, as Fluent's dialogs do.
        const dialog = page.getByRole("alertdialog");
        await shows(dialog.getByText(/gives the sheet back the protection it had before sealing/));
        await shot("unseal-dialog");
        await dialog.getByRole("button", { name: "Unseal now" }).click();
        await shows(p.getByText("Seal removed; the sheet is protected again as it was before sealing (the same actions allowed)"));
        await shows(page.getByRole("button", { name: "Unprotect sheet" }));
        await shot("unsealed-protection-restored");
        expect(journey.pageErrors).toEqual([]);
        expect(journey.requested.filter((url) => !url.startsWith(session.served("")))).toEqual([]);
      });
    });

    describe("the sample workbook, saved as .xlsx and opened again", () => {
      let sample: Visit;
      let page: Page;
      let shot: (name: string) => Promise<void>;
      const step = storySteps(() => sample);
      const saved = join(SCREENSHOT_DIR, "sample-saved.xlsx");

      beforeAll(async () => {
        sample = await visit(session, "preview.html", "sample");
        ({ page, shot } = sample);
      }, STEP_TIMEOUT_MS);

      step("opens with the sample form, whose mistakes the pane finds", async () => {
        await shows(page.getByRole("tab", { name: "申报企业统计表", selected: true }));
        await expectCell(page, "B6", "宁波东方精密机械有限公司");
        const p = pane(page);
        await p.getByRole("tab", { name: "校验" }).click();
        await p.getByRole("button", { name: "校验", exact: true }).click();
        await shows(p.getByRole("status"));
        expect(await p.getByRole("status").textContent()).toMatch(/5 家企业：4 个错误/);
        await shot("checked");
      });

      step("saves the workbook as an .xlsx file that Excel can open", async () => {
        const download = page.waitForEvent("download");
        await page.getByRole("button", { name: "Save .xlsx" }).click();
        await (await download).saveAs(saved);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(saved);
        const form = workbook.getWorksheet("申报企业统计表");
        expect(form?.getCell("B6").value).toBe("宁波东方精密机械有限公司");
        expect(form?.getCell("A2").isMerged).toBe(true);
        expect(workbook.getWorksheet("qbench_lists")?.state).toBe("hidden");
      });

      step("opens the saved file again, and the pane reads the same form", async () => {
        await page.getByRole("button", { name: "New workbook" }).click();
        await shows(page.getByRole("tab", { name: "Sheet1", selected: true }));
        expect(await page.getByRole("tab", { name: "申报企业统计表" }).count()).toBe(0);
        await page.getByLabel("Open workbook file").setInputFiles(saved);
        await page.getByRole("tab", { name: "申报企业统计表" }).click();
        await expectCell(page, "B6", "宁波东方精密机械有限公司");
        await expectCell(page, "F7", "12,300");
        const p = pane(page);
        await p.getByRole("tab", { name: "校验" }).click();
        await p.getByRole("button", { name: "校验", exact: true }).click();
        await shows(p.getByRole("status"));
        expect(await p.getByRole("status").textContent()).toMatch(/5 家企业：4 个错误/);
        await shot("reopened");
        expect(sample.pageErrors).toEqual([]);
        expect(sample.requested.filter((url) => !url.startsWith(session.served("")) && !url.startsWith("blob:"))).toEqual([]);
      });
    });

    describe("an .xls and an .ods opened in the preview", () => {
      let legacy: Visit;
      const step = storySteps(() => legacy);
      const formats = join(__dirname, "..", "fixtures", "formats");

      beforeAll(async () => {
        legacy = await visit(session, "preview.html?workbook=blank", "legacy");
      }, STEP_TIMEOUT_MS);

      for (const file of ["libreoffice.xls", "sheetjs.ods"]) {
        step(`opens ${file}, converted in the page, and the pane reads its form`, async () => {
          const { page, shot } = legacy;
          await page.getByLabel("Open workbook file").setInputFiles(join(formats, file));
          await shows(page.getByText(file, { exact: true }));
          await page.getByRole("tab", { name: "申报企业统计表" }).click();
          await expectCell(page, "B6", "徐工集团工程机械股份有限公司");
          const p = pane(page);
          await p.getByRole("tab", { name: "校验" }).click();
          await p.getByRole("button", { name: "校验", exact: true }).click();
          await shows(p.getByRole("status"));
          expect(await p.getByRole("status").textContent()).toMatch(/4 家企业/);
          await shot(file.replace(".", "-"));
          expect(legacy.pageErrors).toEqual([]);
        });
      }
    });
  });
}
