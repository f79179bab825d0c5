import { readFileSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { loadFile } from "../../src/cli/loadFile";
import { sniffBytes } from "../../src/xlsx/sniffBytes";
import { buildWeb } from "./support/buildWeb";
import { chromiumAvailable } from "./support/chromium";
import { screenshotter } from "./support/screenshots";
import { builtSite, downloadBy, dropFiles, expectPasswordGone, tempDir, typePassword, waitForText, withBrowser } from "./support/session";

/*
 * Sealing in the web page, in Debian's Chromium, what units send besides .xlsx: LibreOffice's
 * encrypted .ods (examples/02, ready to seal) asks for its open password, says a wrong one is wrong,
 * says before sealing that a new .xlsx is written, and downloads it sealed and encrypted again; the
 * page's verifier asks for the password of that file and finds the seal valid, as `qbench verify
 * --password` does. LibreOffice's encrypted .xls is sealed the same way; a CSV is refused.
 */

const STEP_TIMEOUT_MS = 240_000;
const WAIT_MS = 60_000;
const FIXTURES = join(__dirname, "..", "fixtures");
const PASSWORD = "质标2021";
const OPEN = "用此密码打开";

const ODS = {
  name: "宁波市经济和信息化局.ods",
  mimeType: "application/vnd.oasis.opendocument.spreadsheet",
  buffer: readFileSync(join(FIXTURES, "encrypted-ods", "libreoffice-ningbo.ods")),
};

const site = builtSite("qbench-web-seal-formats-", (dir) => buildWeb(dir));
const files = tempDir("qbench-web-seal-formats-files-");

/** Confirms every warning, names the clerk and seals; the downloaded file's name and path. */
async function sealAsClerk(page: Page, to: string): Promise<string> {
  for (const box of await page.getByTestId("seal-checklist").getByRole("checkbox").all()) await box.check();
  await page.getByTestId("seal-by").fill("李明");
  await waitForText(page, "可以封存");
  const name = await downloadBy(page, () => page.getByRole("button", { name: "封存并下载" }).click(), to);
  await page.getByTestId("seal-done").waitFor({ timeout: WAIT_MS });
  return name;
}

if (chromiumAvailable()) {
  describe("the web page seals .ods and .xls files, encrypted ones too, in Chromium", () => {
    const session = withBrowser(site);

    it(
      "an encrypted .ods: password asked, a wrong one refused, sealed into an encrypted .xlsx that verifies with the password",
      async () => {
        const page = await session.open(session.file("index.html"));
        const shot = screenshotter(page, "web-seal-ods");
        await page.getByRole("tab", { name: "封存 / 核验" }).click();
        await dropFiles(page, "seal-file", ODS);
        await waitForText(page.getByTestId("locked"), `${ODS.name}：此文件设置了打开密码（已加密）：输入打开密码后打开`, WAIT_MS);
        await shot("password-asked");
        await typePassword(page, "质标2020", OPEN);
        await waitForText(page.getByTestId("locked"), /密码不正确，文件未能打开/, WAIT_MS);
        await typePassword(page, PASSWORD, OPEN);
        await page.getByTestId("seal-checklist").waitFor({ timeout: WAIT_MS });
        expect(await page.getByTestId("locked").count()).toBe(0);
        expect(await page.getByTestId("seal-copy").textContent()).toBe(
          ".ods 格式无法存放封存记录：将另存为新的 .xlsx 文件并封存，原文件不改动",
        );
        await shot("checklist");
        const sealed = join(files.path, "sealed-ods.xlsx");
        expect(await sealAsClerk(page, sealed)).toBe("宁波市经济和信息化局-已封存.xlsx");
        expect(await page.getByTestId("seal-done").textContent()).toContain("封存后的文件已用原打开密码重新加密");
        await shot("sealed");
        const written = new Uint8Array(readFileSync(sealed));
        expect(sniffBytes(written)).toBe("encrypted");
        expect(await loadFile(sealed, {}, PASSWORD)).toMatchObject({ kind: "read", format: "ooxml", seal: { state: "valid" } });

        await dropFiles(page, "verify-file", sealed);
        await page.getByTestId("locked").waitFor({ timeout: WAIT_MS });
        await typePassword(page, PASSWORD, OPEN);
        await page.getByTestId("verify-result").waitFor({ timeout: WAIT_MS });
        expect(await page.getByTestId("verify-result").textContent()).toMatch(/封存有效：李明 于 .* 封存/);
        await shot("verified");
        await expectPasswordGone(page, PASSWORD);
      },
      STEP_TIMEOUT_MS,
    );

    it(
      "LibreOffice's encrypted .xls (RC4) is sealed into a new .xlsx too; a CSV is refused with the reason, in Chinese",
      async () => {
        const page = await session.open(session.file("index.html"));
        await page.getByRole("tab", { name: "封存 / 核验" }).click();
        const xls = join(FIXTURES, "encrypted-xls", "libreoffice-ningbo.xls");
        await dropFiles(page, "seal-file", xls);
        await typePassword(page, PASSWORD, OPEN);
        await page.getByTestId("seal-checklist").waitFor({ timeout: WAIT_MS });
        expect(await page.getByTestId("seal-copy").textContent()).toContain(".xls/.et 格式无法存放封存记录");
        const sealed = join(files.path, "sealed-xls.xlsx");
        expect(await sealAsClerk(page, sealed)).toBe("libreoffice-ningbo-已封存.xlsx");
        expect(await loadFile(sealed, {}, PASSWORD)).toMatchObject({ kind: "read", seal: { state: "valid" } });
        await dropFiles(page, "seal-file", { name: "form.csv", mimeType: "text/csv", buffer: Buffer.from("序号,名称\n1,甲\n") });
        await waitForText(page, "出错：CSV 文件无法封存（封存记录须存放在工作簿内）；请另存为 .xlsx 后再封存", WAIT_MS);
        expect(await page.getByTestId("seal-checklist").count()).toBe(0);
      },
      STEP_TIMEOUT_MS,
    );
  });
}
