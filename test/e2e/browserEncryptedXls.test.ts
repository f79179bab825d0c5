import { readFileSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { readWorkbook } from "../../src/xlsx/readGrids";
import { buildWeb } from "./support/buildWeb";
import { chromiumAvailable } from "./support/chromium";
import { builtSite, withBrowser } from "./support/session";

/*
 * The shared reader, readWorkbookBytes, as the web page's webpack configuration builds it, in
 * Debian's Chromium (no Node: no Buffer, no crypto module): an Excel 97-2003 workbook under each of
 * its open-password schemes opens with its password into exactly what `qbench check --password`
 * reads from the same file in Node, through the same library; a wrong password says so, and no
 * password asks for one. The password is in no message.
 */

const STEP_TIMEOUT_MS = 120_000;
const FIXTURES = join(__dirname, "..", "fixtures");

/** Each scheme's file and password (test/fixtures/encrypted-xls/README.md; LibreOffice's: scripts/gen-encrypted-xls.py). */
const SCHEMES = [
  ["RC4 (LibreOffice)", join(FIXTURES, "formats", "encrypted-libreoffice.xls"), "质标2021"],
  ["RC4 CryptoAPI (Excel)", join(FIXTURES, "encrypted-xls", "rc4cryptoapi_password.xls"), "Password1234_"],
  ["XOR obfuscation (Excel)", join(FIXTURES, "encrypted-xls", "xor_password_123456789012345.xls"), "123456789012345"],
] as const;

interface Outcome {
  readonly read?: unknown;
  readonly error?: string;
  readonly kind?: string;
  readonly message?: string;
}

const site = builtSite("qbench-read-bytes-", (dir) => buildWeb(dir, "./test/e2e/support/readBytesProbe.ts"));

async function readInBrowser(page: Page, file: string | Buffer, name: string, password?: string): Promise<Outcome> {
  const base64 = (typeof file === "string" ? readFileSync(file) : file).toString("base64");
  const json = await page.evaluate(([b, n, p]) => window.readBytesAsJson(b, n, p), [base64, name, password] as const);
  return JSON.parse(json) as Outcome;
}

/** What Node's reader (qbench check) makes of the file, through the same JSON. */
async function readInNode(file: string, password: string): Promise<unknown> {
  return JSON.parse(JSON.stringify(await readWorkbook(file, { password }))) as unknown;
}

if (chromiumAvailable()) {
  describe("an encrypted .xls read from its bytes in the browser", () => {
    const session = withBrowser(site);
    let page: Page;
    const failedRequests: string[] = [];
    beforeAll(async () => {
      page = await session.open(session.served("index.html"), (p) => p.on("requestfailed", (r) => failedRequests.push(r.url())));
    }, STEP_TIMEOUT_MS);

    it.each(SCHEMES)(
      "%s: the right password reads what qbench check --password reads, a wrong one says so, none asks for one",
      async (_, file, password) => {
        const opened = await readInBrowser(page, file, "单位.xls", password);
        expect(opened.error).toBeUndefined();
        expect(opened.read).toMatchObject({ format: "xls" });
        expect(opened.read).toEqual(await readInNode(file, password));

        const wrong = await readInBrowser(page, file, "单位.xls", `${password}x`);
        expect(wrong).toMatchObject({
          error: "Unreadable",
          kind: "encrypted",
          message: expect.stringMatching(/密码不正确.*password is wrong/),
        });
        expect(wrong.message).not.toContain(password);

        const none = await readInBrowser(page, file, "单位.xls");
        expect(none).toMatchObject({ error: "Unreadable", kind: "encrypted", message: expect.stringMatching(/「打开密码」栏/) });
        expect(failedRequests).toEqual([]);
      },
      STEP_TIMEOUT_MS,
    );

    it(
      "above its decryptor's limits (XOR 128 kB, RC4 8 MB) it is refused before decrypting, saying what to do",
      async () => {
        const padded = (file: string, size: number) => Buffer.concat([readFileSync(file), Buffer.alloc(size - readFileSync(file).length)]);
        const [, rc4, rc4Password] = SCHEMES[0];
        const [, xor, xorPassword] = SCHEMES[2];
        expect(await readInBrowser(page, padded(xor, 128 * 1024 + 1), "单位.xls", xorPassword)).toMatchObject({
          kind: "too-large",
          message: expect.stringMatching(/XOR.*128 KB.*另存为 \.xlsx.*XOR.*128 kB.*save it as \.xlsx/),
        });
        expect(await readInBrowser(page, padded(rc4, 8 * 1024 * 1024 + 1), "单位.xls", rc4Password)).toMatchObject({
          kind: "too-large",
          message: expect.stringMatching(/RC4.*8 MB.*另存为 \.xlsx.*RC4.*8 MB.*save it as \.xlsx/),
        });
      },
      STEP_TIMEOUT_MS,
    );

    it(
      "under WPS's .et name (the same BIFF8) it opens the same way",
      async () => {
        const [, file, password] = SCHEMES[1];
        expect((await readInBrowser(page, file, "单位.et", password)).read).toEqual(await readInNode(file, password));
      },
      STEP_TIMEOUT_MS,
    );
  });
}
