import ExcelJS from "exceljs";
import { readdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { COLUMN_KEYS } from "../../src/core/form/columns";
import { sealCodeOf } from "../../src/core/seal/code";
import { STORE_SHEET } from "../../src/core/workbook";
import { ZHEJIANG_ROWS } from "../../scripts/lib/formWorkbook";
import { buildWeb } from "./support/buildWeb";
import { chromiumAvailable } from "./support/chromium";
import { screenshotter } from "./support/screenshots";
import { builtSite, downloadBy, dropFiles, tempDir, waitForText, withBrowser } from "./support/session";
import { sheetRows } from "./support/webSheets";

/*
 * The static web page, end to end from file:// in Debian's Chromium, with the network cut off:
 * template → filled by the clerk (exceljs here) → checked → fixed → sealed → verified → changed.
 */

const STEP_TIMEOUT_MS = 180_000;
const WAIT_MS = 30_000;
const EXAMPLES = join(__dirname, "..", "..", "examples");

const site = builtSite("qbench-web-", (dir) => buildWeb(dir));
const files = tempDir("qbench-web-files-");

describe("the web page build", () => {
  it("is one index.html with relative scripts, and nothing that reaches a network", () => {
    const html = readFileSync(join(site.path, "index.html"), "utf8");
    const sources = [...html.matchAll(/<script[^>]+src="?([^" >]+)/g)].map((m) => m[1]!);
    expect(sources.length).toBe(1);
    for (const s of sources) expect(s).not.toMatch(/^(https?:)?\/\//);
    for (const file of readdirSync(site.path).filter((f) => f.endsWith(".js")))
      expect(readFileSync(join(site.path, file), "utf8")).not.toContain("appsforoffice.microsoft.com");
  });
});

/** The clerk's rows in a template downloaded from the page; `phone` of the second row as given. */
async function fillTemplate(template: string, out: string, secondPhone: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const ws = wb.getWorksheet("申报企业统计表")!;
  ws.getCell("F3").value = "李明";
  ws.getCell("I3").value = "0571-87054321";
  ws.getCell("L3").value = new Date(Date.UTC(2021, 5, 10));
  ZHEJIANG_ROWS.slice(0, 3).forEach((row, i) => {
    ws.getCell(6 + i, 1).value = i + 1;
    COLUMN_KEYS.slice(1).forEach((key, c) => {
      const v = key === "phone" && i === 1 ? secondPhone : row[key];
      if (v !== undefined && v !== null) ws.getCell(6 + i, c + 2).value = v as ExcelJS.CellValue;
    });
  });
  await wb.xlsx.writeFile(out);
}

if (chromiumAvailable()) {
  describe("the web page in Chromium, from file://", () => {
    const session = withBrowser(site);
    let page: Page;
    const requests: string[] = [];
    beforeAll(async () => {
      page = await session.open(session.file("index.html"), (p) =>
        p.on("request", (r) => {
          if (!r.url().startsWith("file:") && !r.url().startsWith("blob:") && !r.url().startsWith("data:")) requests.push(r.url());
        }),
      );
    }, STEP_TIMEOUT_MS);

    it(
      "a clerk's journey: template, fill, errors listed, fix, seal, download, verify, change one cell",
      async () => {
        const shot = screenshotter(page, "web");
        await page.getByTestId("privacy").waitFor();
        expect(await page.getByTestId("privacy").textContent()).toContain("不会上传");

        await page.getByRole("tab", { name: "生成模板" }).click();
        await page.getByTestId("template-year").fill("2021");
        await page.getByTestId("template-unit").fill("浙江省经济和信息化厅");
        await shot("template");
        const template = join(files.path, "template.xlsx");
        expect(await downloadBy(page, () => page.getByRole("button", { name: "下载模板" }).click(), template)).toBe(
          "附件3-申报企业统计表-2021.xlsx",
        );
        const blank = new ExcelJS.Workbook();
        await blank.xlsx.readFile(template);
        expect(blank.getWorksheet("申报企业统计表")!.getCell("A2").value).toBe("2021年工业企业质量标杆申报企业统计表");

        const filled = join(files.path, "浙江.xlsx");
        await fillTemplate(template, filled, "12345");
        await page.getByRole("tab", { name: "校验 / 审查" }).click();
        await dropFiles(page, "review-files", filled);
        await page.getByTestId("review-summary").waitFor({ timeout: WAIT_MS });
        expect((await sheetRows(page, "units"))[0]!.slice(0, 5)).toEqual([
          "浙江省经济和信息化厅",
          "浙江.xlsx",
          "xlsx",
          "申报企业统计表",
          "3",
        ]);
        expect((await sheetRows(page, "units"))[0]![14]).toBe("有错误");
        await page.getByRole("tab", { name: /^问题清单/ }).click();
        const issues = await sheetRows(page, "issues");
        const phone = issues.findIndex((r) => r[6] === "phone-invalid");
        expect(issues[phone]!.slice(3, 8)).toEqual(["L7", "7", "联系方式", "phone-invalid", "错误"]);
        await page.locator('[data-testid="sheet-issues"] tbody tr').nth(phone).click();
        await page.getByTestId("review-row").waitFor();
        expect(await page.getByTestId("review-row").textContent()).toContain("12345");
        await shot("errors-listed");

        const fixed = join(files.path, "浙江-改.xlsx");
        await fillTemplate(template, fixed, "13905710002");
        await dropFiles(page, "review-files", fixed);
        await page.getByText("浙江-改.xlsx").first().waitFor({ timeout: WAIT_MS });
        await page.getByRole("tab", { name: /^单位汇总/ }).click();
        expect((await sheetRows(page, "units"))[0]!.slice(12, 15)).toEqual(["0", "1", "通过"]);

        await page.getByRole("tab", { name: "封存 / 核验" }).click();
        await dropFiles(page, "seal-file", fixed);
        await page.getByTestId("seal-checklist").waitFor({ timeout: WAIT_MS });
        for (const box of await page.getByRole("checkbox").all()) await box.check();
        await page.getByTestId("seal-by").fill("李明");
        await waitForText(page, "可以封存");
        await shot("seal-checklist");
        const sealed = join(files.path, "sealed.xlsx");
        expect(await downloadBy(page, () => page.getByRole("button", { name: "封存并下载" }).click(), sealed)).toBe("浙江-改-已封存.xlsx");
        await page.getByTestId("seal-done").waitFor();
        const code = (await page.getByTestId("seal-code").textContent()) ?? "";
        expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-.$/);
        const sealedBook = new ExcelJS.Workbook();
        await sealedBook.xlsx.readFile(sealed);
        expect(sealedBook.getWorksheet("申报企业统计表")!.headerFooter.oddFooter).toContain(`封存码 ${code} · `);

        await dropFiles(page, "verify-file", sealed);
        await page.getByTestId("verify-result").waitFor({ timeout: WAIT_MS });
        expect(await page.getByTestId("verify-result").textContent()).toMatch(/封存有效：李明 于 .* 封存，3 家企业.*封存码 [0-9A-Z]{4}-/);
        expect(await page.getByTestId("verify-result").textContent()).toContain(`封存码 ${code}`);
        const paper = async (typed: string): Promise<string> => {
          await page.getByTestId("paper-code").fill(typed);
          await page.getByRole("button", { name: "核对" }).click();
          return (await page.getByTestId("paper-result").textContent()) ?? "";
        };
        expect(await paper(code.toLowerCase())).toBe("与纸质表上的封存码一致：本文件即所盖章的那份表");
        await shot("verified");
        expect(await paper(code.slice(0, -1) + (code.endsWith("0") ? "1" : "0"))).toMatch(/^不是有效的封存码.*可能抄错了/);
        await shot("paper-code-typo");
        const other = sealCodeOf("0".repeat(64));
        expect(await paper(other)).toBe(`与纸质表上的封存码不一致：文件在打印后被改动或重新封存过。本文件的封存码是 ${code}`);
        await shot("paper-code-mismatch");

        const changed = new ExcelJS.Workbook();
        await changed.xlsx.readFile(sealed);
        changed.getWorksheet("申报企业统计表")!.getCell("F6").value = 99;
        const changedPath = join(files.path, "changed.xlsx");
        await changed.xlsx.writeFile(changedPath);
        await dropFiles(page, "verify-file", changedPath);
        await page.getByTestId("verify-changes").waitFor({ timeout: WAIT_MS });
        expect(await page.getByTestId("verify-result").textContent()).toContain("封存已破坏：封存后有 1 处改动");
        expect(await page.getByTestId("verify-changes").textContent()).toContain("F6：封存时“");
        expect(await paper(code)).toBe("封存码是本文件的，但封存已破坏：文件在封存后被改动过");
        await shot("changed-cell");

        const edited = async (name: string, edit: (book: ExcelJS.Workbook) => void): Promise<string> => {
          const book = new ExcelJS.Workbook();
          await book.xlsx.readFile(sealed);
          edit(book);
          const path = join(files.path, name);
          await book.xlsx.writeFile(path);
          return path;
        };
        await dropFiles(
          page,
          "verify-file",
          await edited("hidden.xlsx", (b) => (b.getWorksheet("申报企业统计表")!.getRow(6).hidden = true)),
        );
        await page.getByTestId("verify-changes").getByText("行 6 被隐藏").waitFor({ timeout: WAIT_MS });
        expect(await page.getByTestId("verify-changes").getByRole("listitem").allTextContents()).toEqual(["行 6 被隐藏"]);
        await shot("hidden-row");

        const removed = await edited("removed.xlsx", (b) => b.removeWorksheet(b.getWorksheet(STORE_SHEET)!.id));
        await dropFiles(page, "verify-file", removed);
        await page
          .getByTestId("verify-result")
          .getByText(/封存记录已被删除/)
          .waitFor({ timeout: WAIT_MS });
        expect(await page.getByTestId("verify-result").textContent()).toContain(
          "封存已破坏：工作表仍处于封存时的保护状态，但封存记录已被删除",
        );
        expect(await page.getByTestId("verify-result").textContent()).not.toContain("未封存");
        await shot("record-removed");
        expect(requests).toEqual([]);
      },
      STEP_TIMEOUT_MS,
    );

    it(
      "a reviewer drops the seven samples, the quota table, a corrupt file and an .xls: one row each, the duplicate marked",
      async () => {
        const shot = screenshotter(page, "web-review");
        const corrupt = join(files.path, "坏文件.xlsx");
        writeFileSync(corrupt, Buffer.from("PK\u0003\u0004 not really a zip"));
        const legacy = join(files.path, "旧格式.xls");
        writeFileSync(legacy, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
        await page.getByRole("tab", { name: "校验 / 审查" }).click();
        await dropFiles(page, "review-quota", join(EXAMPLES, "quota.json"));
        await waitForText(page, /已读取名额表/);
        const samples = readdirSync(EXAMPLES)
          .filter((f) => f.endsWith(".xlsx"))
          .map((f) => join(EXAMPLES, f));
        await dropFiles(page, "review-files", [...samples, corrupt, legacy]);
        await waitForText(page, "已检查 9 个文件", WAIT_MS);
        await page.getByRole("tab", { name: /^单位汇总/ }).click();
        const units = await sheetRows(page, "units");
        expect(units).toHaveLength(9);
        expect(units[6]!.slice(0, 7)).toEqual([
          "福建省工业和信息化厅",
          "07-福建省工业和信息化厅-超名额.xlsx",
          "xlsx",
          "申报企业统计表",
          "4",
          "4",
          "3",
        ]);
        expect(units[0]!.slice(8, 10)).toEqual(["有效", "李明"]);
        expect(units[0]![11]).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
        expect(units[5]![8]).toBe("已改动");
        expect(units[7]!.slice(14)).toEqual(["无法读取", expect.stringMatching(/^无法读取：文件已损坏/)]);
        // A compound file with nothing in it is read as the .xls it claims to be, and found damaged.
        expect(units[8]!.slice(14)).toEqual(["无法读取", expect.stringMatching(/^无法读取：文件已损坏/)]);
        await shot("units");
        await page.getByRole("tab", { name: /^企业汇总/ }).click();
        const marked = await page
          .locator('[data-testid="sheet-enterprises"] tbody tr[data-marked="true"]')
          .evaluateAll((rows) => rows.map((r) => r.querySelectorAll("td")[2]?.textContent));
        expect(marked).toEqual(["杭州海康威视数字技术股份有限公司", "杭州海康威视数字技术股份有限公司"]);
        await shot("enterprises");
      },
      STEP_TIMEOUT_MS,
    );

    it(
      "an .xls saved by LibreOffice and an .ods saved by SheetJS are read in the page like the command line reads them",
      async () => {
        const shot = screenshotter(page, "web-formats");
        await page.goto(session.file("index.html"));
        await page.getByRole("tab", { name: "校验 / 审查" }).click();
        const formats = join(__dirname, "..", "fixtures", "formats");
        await dropFiles(page, "review-files", [join(formats, "libreoffice.xls"), join(formats, "sheetjs.ods")]);
        await waitForText(page, "已检查 2 个文件", WAIT_MS);
        await page.getByRole("tab", { name: /^单位汇总/ }).click();
        const units = await sheetRows(page, "units");
        expect(units.map((r) => r.slice(0, 5))).toEqual([
          ["江苏省工业和信息化厅", "libreoffice.xls", "xls (Excel 97-2003 / WPS et)", "申报企业统计表", "4"],
          ["江苏省工业和信息化厅", "sheetjs.ods", "ods", "申报企业统计表", "4"],
        ]);
        expect(units.map((r) => r[14])).toEqual(["有错误", "有错误"]);
        await shot("units");
      },
      STEP_TIMEOUT_MS,
    );
  });

  describe("the web page in Chromium, from an intranet web server", () => {
    const session = withBrowser(site);

    it(
      "reads the dropped files in a Web Worker (file:// cannot start one, so there the page reads them itself)",
      async () => {
        const workers: string[] = [];
        const page = await session.open(session.served("index.html"), (p) => p.on("worker", (w) => workers.push(w.url())));
        await page.getByRole("tab", { name: "校验 / 审查" }).click();
        const forms = readdirSync(EXAMPLES).filter((f) => f.endsWith(".xlsx"));
        await dropFiles(
          page,
          "review-files",
          forms.map((f) => join(EXAMPLES, f)),
        );
        await waitForText(page, `已检查 ${forms.length} 个文件`, WAIT_MS);
        expect(workers).toHaveLength(1);
        expect((await sheetRows(page, "units")).map((r) => r[1])).toEqual(forms);
        await screenshotter(page, "web-server")("reviewed-in-worker");
      },
      STEP_TIMEOUT_MS,
    );
  });
}
