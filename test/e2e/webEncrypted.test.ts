import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Page } from "playwright-core";
import { cellText } from "../../src/core/grid/cell";
import { readWorkbook } from "../../src/xlsx/readGrids";
import { ensureBuilt, qbench } from "../cli/qbench";
import { buildWeb } from "./support/buildWeb";
import { chromiumAvailable } from "./support/chromium";
import { screenshotter } from "./support/screenshots";
import { builtSite, dropFiles, expectPasswordGone, typePassword, waitForText, withBrowser } from "./support/session";
import { sheetRows } from "./support/webSheets";

/*
 * An encrypted workbook dropped into the web page, in Debian's Chromium: the page asks for the open
 * password, says when it is wrong, and with the right one checks the file exactly as it checks the
 * same form without a password — an encrypted .xls exactly as `qbench check --password` does. The
 * password is then in no field, no element and no storage.
 */

const STEP_TIMEOUT_MS = 180_000;
const WAIT_MS = 60_000;
const FORMATS = join(__dirname, "..", "fixtures", "formats");
/** The fixtures' open password (scripts/gen-format-fixtures.ts). */
const PASSWORD = "质标2021";
const NAME = "江苏省工业和信息化厅.xlsx";
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** The web page's button that sends the open password. */
const SEND = "用此密码重新审查";

/** The formats corpus's form as LibreOffice saves it as .xls with an open password (RC4, scripts/gen-encrypted-xls.py). */
const XLS = {
  name: "江苏省工业和信息化厅.xls",
  mimeType: "application/vnd.ms-excel",
  buffer: readFileSync(join(FORMATS, "encrypted-libreoffice.xls")),
};

/** The form under one name, as the unit sent it: plain, or under an open password. */
const asSent = (fixture: string) => ({ name: NAME, mimeType: XLSX_TYPE, buffer: readFileSync(join(FORMATS, fixture)) });

const site = builtSite("qbench-web-encrypted-", (dir) => buildWeb(dir));

/** The units row and the issue list on screen, after the review of `file` has finished. */
async function reviewed(page: Page): Promise<{ units: string[][]; issues: string[][] }> {
  await waitForText(page, "已检查 1 个文件", WAIT_MS);
  await page.getByRole("tab", { name: /^单位汇总/ }).click();
  const units = await sheetRows(page, "units");
  await page.getByRole("tab", { name: /^问题清单/ }).click();
  const issues = await sheetRows(page, "issues");
  await page.getByRole("tab", { name: /^单位汇总/ }).click();
  return { units, issues };
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
  await dropFiles(page, "review-files", XLS);
  await page.getByTestId("locked").waitFor({ timeout: WAIT_MS });
  const locked = await reviewed(page);
  expect(locked.units[0]!.slice(14)).toEqual(["无法读取", expect.stringMatching(/已加密.*请在「打开密码」栏输入密码后重新审查/)]);
  expect(locked.units[0]!.join("")).not.toMatch(/无法解密|另存为 \.xlsx/);
  await shot("xls-asked-for-password");

  await typePassword(page, "质标2020", SEND);
  await waitForText(page, /^密码不正确：1 个加密文件仍未打开/, WAIT_MS);
  expect((await reviewed(page)).units[0]!.slice(14)).toEqual(["无法读取", expect.stringMatching(/密码不正确/)]);
  await expectPasswordGone(page, "质标2020");

  await typePassword(page, PASSWORD, SEND);
  await page.getByTestId("locked").waitFor({ state: "detached", timeout: WAIT_MS });
  const opened = await reviewedSheets(page);
  expect(opened.units[0]![14]).toBe("有错误");
  expect(opened).toEqual(await reviewOfQbench());
  await expectPasswordGone(page, PASSWORD);
  expect(consoleText.join("\n")).not.toMatch(/质标202[01]/);
  await shot("xls-opened");
}

/** The journey of one reviewer: the plain form, then the same form encrypted, a wrong password, the right one. */
async function journey(page: Page, shot: (name: string) => Promise<void>): Promise<void> {
  await page.getByRole("tab", { name: "校验 / 审查" }).click();
  await dropFiles(page, "review-files", asSent("original.xlsx"));
  const plain = await reviewed(page);
  expect(plain.units[0]![14]).toBe("有错误");
  expect(plain.issues.length).toBeGreaterThan(1);

  await dropFiles(page, "review-files", asSent("encrypted-agile.xlsx"));
  await page.getByTestId("locked").waitFor({ timeout: WAIT_MS });
  expect(await page.getByTestId("locked").textContent()).toBe("1 个文件设置了打开密码（已加密），未能读取：输入打开密码后重新审查");
  const locked = await reviewed(page);
  expect(locked.units[0]!.slice(14)).toEqual(["无法读取", expect.stringMatching(/已加密.*请在「打开密码」栏输入密码后重新审查/)]);
  await shot("asked-for-password");

  await typePassword(page, "质标2020", SEND);
  await waitForText(page, /^密码不正确：1 个加密文件仍未打开/, WAIT_MS);
  const wrong = await reviewed(page);
  expect(wrong.units[0]!.slice(14)).toEqual(["无法读取", expect.stringMatching(/密码不正确/)]);
  await expectPasswordGone(page, "质标2020");
  await shot("wrong-password");

  await typePassword(page, PASSWORD, SEND);
  await page.getByTestId("locked").waitFor({ state: "detached", timeout: WAIT_MS });
  expect(await reviewed(page)).toEqual(plain);
  await expectPasswordGone(page, PASSWORD);
  await shot("opened");
}

if (chromiumAvailable()) {
  describe("an encrypted workbook in the web page", () => {
    const session = withBrowser(site);

    it(
      "from file://: asked for the password, a wrong one said, the right one checks it like the plain form",
      async () => {
        const page = await session.open(session.file("index.html"));
        await journey(page, screenshotter(page, "web-encrypted"));
      },
      STEP_TIMEOUT_MS,
    );

    it(
      "from a web server, where the review runs in a Web Worker: the same, standard encryption too",
      async () => {
        const workers: string[] = [];
        const page = await session.open(session.served("index.html"), (p) => p.on("worker", (w) => workers.push(w.url())));
        await journey(page, screenshotter(page, "web-encrypted-worker"));
        expect(workers.length).toBeGreaterThan(0);
        await dropFiles(page, "review-files", asSent("encrypted-standard.xlsx"));
        await page.getByTestId("locked").waitFor({ timeout: WAIT_MS });
        await typePassword(page, PASSWORD, SEND);
        await page.getByTestId("locked").waitFor({ state: "detached", timeout: WAIT_MS });
        expect((await reviewed(page)).units[0]![14]).toBe("有错误");
      },
      STEP_TIMEOUT_MS,
    );

    it(
      "an encrypted .xls, from file:// and from a web server's worker: opened with its password, read as qbench check --password reads it",
      async () => {
        const local = await session.open(session.file("index.html"));
        await xlsJourney(local, screenshotter(local, "web-encrypted-xls"));
        const workers: string[] = [];
        const served = await session.open(session.served("index.html"), (p) => p.on("worker", (w) => workers.push(w.url())));
        await xlsJourney(served, screenshotter(served, "web-encrypted-xls-worker"));
        expect(workers.length).toBeGreaterThan(0);
      },
      STEP_TIMEOUT_MS,
    );
  });
}
