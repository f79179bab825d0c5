import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { pathToFileURL } from "url";
import type { Page } from "playwright-core";
import { cellText } from "../../src/core/grid/cell";
import { readWorkbook } from "../../src/xlsx/readGrids";
import { ensureBuilt, qbench } from "../cli/qbench";
import { launchChromium, type Browser } from "./support/browser";
import { buildWeb } from "./support/buildWeb";
import { chromiumAvailable } from "./support/chromium";
import { screenshotter } from "./support/screenshots";
import { serveDirectory, type StaticServer } from "./support/staticServer";

/*
 * An encrypted workbook dropped into the web page, in Debian's Chromium: the page asks for the open
 * password, says when it is wrong, and with the right one checks the file exactly as it checks the
 * same form without a password — an encrypted .xls exactly as `qbench check --password` does. The
 * password is then in no field, no element and no storage.
 */

const BUILD_TIMEOUT_MS = 240_000;
const STEP_TIMEOUT_MS = 180_000;
const WAIT_MS = 60_000;
const FORMATS = join(__dirname, "..", "fixtures", "formats");
/** The fixtures' open password (scripts/gen-format-fixtures.ts). */
const PASSWORD = "质标2021";
const NAME = "江苏省工业和信息化厅.xlsx";
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The formats corpus's form as LibreOffice saves it as .xls with an open password (RC4, scripts/gen-encrypted-xls.py). */
const XLS = {
  name: "江苏省工业和信息化厅.xls",
  mimeType: "application/vnd.ms-excel",
  buffer: readFileSync(join(FORMATS, "encrypted-libreoffice.xls")),
};

/** The form under one name, as the unit sent it: plain, or under an open password. */
const asSent = (fixture: string) => ({ name: NAME, mimeType: XLSX_TYPE, buffer: readFileSync(join(FORMATS, fixture)) });

let site: string;
beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), "qbench-web-encrypted-"));
  await buildWeb(site);
}, BUILD_TIMEOUT_MS);
afterAll(() => rmSync(site, { recursive: true, force: true }));

async function sheetRows(page: Page, kind: string): Promise<string[][]> {
  return page
    .locator(`[data-testid="sheet-${kind}"] tbody tr`)
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent ?? "")));
}

/** The units row and the issue list on screen, after the review of `file` has finished. */
async function reviewed(page: Page): Promise<{ units: string[][]; issues: string[][] }> {
  await page.getByText("已检查 1 个文件").waitFor({ timeout: WAIT_MS });
  await page.getByRole("tab", { name: /^单位汇总/ }).click();
  const units = await sheetRows(page, "units");
  await page.getByRole("tab", { name: /^问题清单/ }).click();
  const issues = await sheetRows(page, "issues");
  await page.getByRole("tab", { name: /^单位汇总/ }).click();
  return { units, issues };
}

async function typePassword(page: Page, password: string): Promise<void> {
  await page.getByTestId("open-password").fill(password);
  await page.getByRole("button", { name: "用此密码重新审查" }).click();
}

interface ReviewOnScreen {
  readonly units: string[][];
  readonly issues: string[][];
  readonly enterprises: string[][];
}

/** The three sheets of the review workbook `qbench check --password` writes for the same .xls, each row as the page shows its cells. */
async function reviewOfQbench(): Promise<ReviewOnScreen> {
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), "qbench-web-xls-"));
  try {
    copyFileSync(join(FORMATS, "encrypted-libreoffice.xls"), join(dir, XLS.name));
    const run = qbench(["check", XLS.name, "--password", PASSWORD, "--report", "review.xlsx"], dir);
    expect(run.stdout + run.stderr).not.toContain(PASSWORD);
    const { grids } = await readWorkbook(join(dir, "review.xlsx"));
    const rows = (sheet: string): string[][] => {
      const [header, ...body] = grids.find((g) => g.sheet === sheet)!.values;
      return body.map((row) => header!.map((_, i) => (row[i] === null || row[i] === undefined ? "" : cellText(row[i]))));
    };
    return { units: rows("单位汇总"), issues: rows("问题清单"), enterprises: rows("企业汇总") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** All three sheets on screen, after the review has finished. */
async function reviewedSheets(page: Page): Promise<ReviewOnScreen> {
  const { units, issues } = await reviewed(page);
  await page.getByRole("tab", { name: /^企业汇总/ }).click();
  const enterprises = await sheetRows(page, "enterprises");
  await page.getByRole("tab", { name: /^单位汇总/ }).click();
  return { units, issues, enterprises };
}

/** A reviewer's journey with an encrypted .xls: asked for its password, a wrong one said, the right one reads it as qbench does. */
async function xlsJourney(page: Page, shot: (name: string) => Promise<void>): Promise<void> {
  const consoleText: string[] = [];
  page.on("console", (m) => consoleText.push(m.text()));
  await page.getByRole("tab", { name: "校验 / 审查" }).click();
  await page.getByTestId("review-files").setInputFiles(XLS);
  await page.getByTestId("locked").waitFor({ timeout: WAIT_MS });
  const locked = await reviewed(page);
  expect(locked.units[0]!.slice(14)).toEqual(["无法读取", expect.stringMatching(/已加密.*请在「打开密码」栏输入密码后重新审查/)]);
  expect(locked.units[0]!.join("")).not.toMatch(/无法解密|另存为 \.xlsx/);
  await shot("xls-asked-for-password");

  await typePassword(page, "质标2020");
  await page.getByText(/^密码不正确：1 个加密文件仍未打开/).waitFor({ timeout: WAIT_MS });
  expect((await reviewed(page)).units[0]!.slice(14)).toEqual(["无法读取", expect.stringMatching(/密码不正确/)]);
  await expectPasswordGone(page, "质标2020");

  await typePassword(page, PASSWORD);
  await page.getByTestId("locked").waitFor({ state: "detached", timeout: WAIT_MS });
  const opened = await reviewedSheets(page);
  expect(opened.units[0]![14]).toBe("有错误");
  expect(opened).toEqual(await reviewOfQbench());
  await expectPasswordGone(page, PASSWORD);
  expect(consoleText.join("\n")).not.toMatch(/质标202[01]/);
  await shot("xls-opened");
}

/** Nothing the page holds after use names the password: not the field, the page's elements, or its storage. */
async function expectPasswordGone(page: Page, password: string): Promise<void> {
  if ((await page.getByTestId("open-password").count()) > 0) expect(await page.getByTestId("open-password").inputValue()).toBe("");
  expect(await page.content()).not.toContain(password);
  const storage = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(storage).not.toContain(password);
}

/** The journey of one reviewer: the plain form, then the same form encrypted, a wrong password, the right one. */
async function journey(page: Page, shot: (name: string) => Promise<void>): Promise<void> {
  await page.getByRole("tab", { name: "校验 / 审查" }).click();
  await page.getByTestId("review-files").setInputFiles(asSent("original.xlsx"));
  const plain = await reviewed(page);
  expect(plain.units[0]![14]).toBe("有错误");
  expect(plain.issues.length).toBeGreaterThan(1);

  await page.getByTestId("review-files").setInputFiles(asSent("encrypted-agile.xlsx"));
  await page.getByTestId("locked").waitFor({ timeout: WAIT_MS });
  expect(await page.getByTestId("locked").textContent()).toBe("1 个文件设置了打开密码（已加密），未能读取：输入打开密码后重新审查");
  const locked = await reviewed(page);
  expect(locked.units[0]!.slice(14)).toEqual(["无法读取", expect.stringMatching(/已加密.*请在「打开密码」栏输入密码后重新审查/)]);
  await shot("asked-for-password");

  await typePassword(page, "质标2020");
  await page.getByText(/^密码不正确：1 个加密文件仍未打开/).waitFor({ timeout: WAIT_MS });
  const wrong = await reviewed(page);
  expect(wrong.units[0]!.slice(14)).toEqual(["无法读取", expect.stringMatching(/密码不正确/)]);
  await expectPasswordGone(page, "质标2020");
  await shot("wrong-password");

  await typePassword(page, PASSWORD);
  await page.getByTestId("locked").waitFor({ state: "detached", timeout: WAIT_MS });
  expect(await reviewed(page)).toEqual(plain);
  await expectPasswordGone(page, PASSWORD);
  await shot("opened");
}

if (chromiumAvailable()) {
  describe("an encrypted workbook in the web page", () => {
    let browser: Browser;
    let server: StaticServer;
    beforeAll(async () => {
      browser = await launchChromium();
      server = await serveDirectory(site);
    }, STEP_TIMEOUT_MS);
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it(
      "from file://: asked for the password, a wrong one said, the right one checks it like the plain form",
      async () => {
        const page = await browser.context.newPage();
        await page.goto(pathToFileURL(join(site, "index.html")).href);
        await journey(page, screenshotter(page, "web-encrypted"));
      },
      STEP_TIMEOUT_MS,
    );

    it(
      "from a web server, where the review runs in a Web Worker: the same, standard encryption too",
      async () => {
        const page = await browser.context.newPage();
        const workers: string[] = [];
        page.on("worker", (w) => workers.push(w.url()));
        await page.goto(`${server.url}/index.html`);
        await journey(page, screenshotter(page, "web-encrypted-worker"));
        expect(workers.length).toBeGreaterThan(0);
        await page.getByTestId("review-files").setInputFiles(asSent("encrypted-standard.xlsx"));
        await page.getByTestId("locked").waitFor({ timeout: WAIT_MS });
        await typePassword(page, PASSWORD);
        await page.getByTestId("locked").waitFor({ state: "detached", timeout: WAIT_MS });
        expect((await reviewed(page)).units[0]![14]).toBe("有错误");
      },
      STEP_TIMEOUT_MS,
    );

    it(
      "an encrypted .xls, from file:// and from a web server's worker: opened with its password, read as qbench check --password reads it",
      async () => {
        const local = await browser.context.newPage();
        await local.goto(pathToFileURL(join(site, "index.html")).href);
        await xlsJourney(local, screenshotter(local, "web-encrypted-xls"));
        const served = await browser.context.newPage();
        const workers: string[] = [];
        served.on("worker", (w) => workers.push(w.url()));
        await served.goto(`${server.url}/index.html`);
        await xlsJourney(served, screenshotter(served, "web-encrypted-xls-worker"));
        expect(workers.length).toBeGreaterThan(0);
      },
      STEP_TIMEOUT_MS,
    );
  });
}
