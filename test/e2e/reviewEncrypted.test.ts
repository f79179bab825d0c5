import { readFileSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { buildPreview } from "./support/buildPreview";
import { chromiumAvailable } from "./support/chromium";
import { cellText, openSheet } from "./support/previewGrid";
import { screenshotter } from "./support/screenshots";
import { builtSite, dropFiles, expectPasswordGone, typePassword, waitForText, withBrowser } from "./support/session";

/*
 * An encrypted workbook in the task pane's 审查, through the preview host in Debian's Chromium: the
 * pane asks for the open password before it writes anything, says when it is wrong, and with the
 * right one writes the review sheets with the file read like the plain form.
 */

const STEP_TIMEOUT_MS = 180_000;
const WAIT_MS = 60_000;
const FORMATS = join(__dirname, "..", "fixtures", "formats");
const EXAMPLES = join(__dirname, "..", "..", "examples");
/** The fixtures' open password (scripts/gen-format-fixtures.ts). */
const PASSWORD = "质标2021";
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** The pane's button that sends the open password (Enter in the field sends it too). */
const SEND = "用此密码审查";
const ENCRYPTED = { name: "江苏省工业和信息化厅.xlsx", mimeType: XLSX_TYPE, buffer: readFileSync(join(FORMATS, "encrypted-agile.xlsx")) };
const PLAIN = "02-宁波市经济和信息化局.xlsx";
/** The formats corpus's form as LibreOffice saves it as .xls with an open password (RC4, scripts/gen-encrypted-xls.py). */
const XLS = {
  name: "江苏省工业和信息化厅.xls",
  mimeType: "application/vnd.ms-excel",
  buffer: readFileSync(join(FORMATS, "encrypted-libreoffice.xls")),
};

const site = builtSite("qbench-review-encrypted-", buildPreview);

if (chromiumAvailable()) {
  describe("an encrypted workbook in 审查, in the task pane of the preview", () => {
    const session = withBrowser(site);
    let page: Page;

    beforeAll(async () => {
      page = await session.open(session.served("preview.html?workbook=blank"));
    }, STEP_TIMEOUT_MS);

    it(
      "asks for the open password before writing, says a wrong one, and with the right one writes the review",
      async () => {
        const shot = screenshotter(page, "review-encrypted");
        const pane = page.getByRole("complementary", { name: "Task pane" });
        const sheetTabs = page.getByRole("tablist", { name: "Sheets" }).getByRole("tab");
        await pane.getByRole("tab", { name: "审查" }).click();
        await dropFiles(pane, "review-files", [
          ENCRYPTED,
          { name: PLAIN, mimeType: XLSX_TYPE, buffer: readFileSync(join(EXAMPLES, PLAIN)) },
        ]);
        await pane.getByRole("button", { name: "审查 2 个文件" }).click();
        await pane.getByTestId("locked").waitFor({ timeout: WAIT_MS });
        expect(await pane.getByTestId("locked").textContent()).toBe(
          "1 个文件设置了打开密码（已加密），未能读取：输入打开密码后审查（结果在此之前不写入工作簿）",
        );
        expect(await sheetTabs.allTextContents()).toEqual(["Sheet1"]);
        await shot("asked-for-password");

        await typePassword(pane, "质标2020", SEND);
        await waitForText(pane, "密码不正确：1 个加密文件仍未打开，请重新输入打开密码", WAIT_MS);
        expect(await pane.getByTestId("open-password").inputValue()).toBe("");
        expect(await sheetTabs.allTextContents()).toEqual(["Sheet1"]);
        await expectPasswordGone(page, "质标2020");
        await shot("wrong-password");

        await typePassword(pane, PASSWORD);
        await waitForText(pane, "2 个文件：0 个无法读取，1 个有错误", WAIT_MS);
        expect(await pane.getByTestId("locked").count()).toBe(0);
        expect(await sheetTabs.allTextContents()).toEqual(["Sheet1", "单位汇总", "问题清单", "企业汇总"]);
        await openSheet(page, "单位汇总", WAIT_MS);
        const row = await Promise.all(["A2", "B2", "C2", "E2", "O2"].map((a) => cellText(page, a)));
        expect(row).toEqual(["江苏省工业和信息化厅", ENCRYPTED.name, "xlsx", "4", "有错误"]);
        await expectPasswordGone(page, PASSWORD);
        await shot("opened");
      },
      STEP_TIMEOUT_MS,
    );

    it(
      "an encrypted .xls: asked for its password, a wrong one said, with the right one read and its review written",
      async () => {
        const xlsPage = await session.open(session.served("preview.html?workbook=blank"));
        const shot = screenshotter(xlsPage, "review-encrypted-xls");
        const pane = xlsPage.getByRole("complementary", { name: "Task pane" });
        const sheetTabs = xlsPage.getByRole("tablist", { name: "Sheets" }).getByRole("tab");
        await pane.getByRole("tab", { name: "审查" }).click();
        await dropFiles(pane, "review-files", [XLS]);
        await pane.getByRole("button", { name: "审查 1 个文件" }).click();
        await pane.getByTestId("locked").waitFor({ timeout: WAIT_MS });
        expect(await sheetTabs.allTextContents()).toEqual(["Sheet1"]);

        await typePassword(pane, "质标2020", SEND);
        await waitForText(pane, "密码不正确：1 个加密文件仍未打开，请重新输入打开密码", WAIT_MS);
        await expectPasswordGone(xlsPage, "质标2020");

        await typePassword(pane, PASSWORD);
        await waitForText(pane, "1 个文件：0 个无法读取，1 个有错误", WAIT_MS);
        expect(await sheetTabs.allTextContents()).toEqual(["Sheet1", "单位汇总", "问题清单", "企业汇总"]);
        await openSheet(xlsPage, "单位汇总", WAIT_MS);
        const row = await Promise.all(["A2", "B2", "C2", "E2", "O2"].map((a) => cellText(xlsPage, a)));
        expect(row).toEqual(["江苏省工业和信息化厅", XLS.name, "xls (Excel 97-2003 / WPS et)", "4", "有错误"]);
        await expectPasswordGone(xlsPage, PASSWORD);
        await shot("opened");
      },
      STEP_TIMEOUT_MS,
    );
  });
}
