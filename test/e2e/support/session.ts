import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { pathToFileURL } from "url";
import type { Locator, Page } from "playwright-core";
import { launchChromium, type Browser } from "./browser";
import { serveDirectory, type StaticServer } from "./staticServer";

/*
 * The steps every browser test takes, registered as Jest hooks where they are called: a page built
 * once per test file, Debian's Chromium with that page on a localhost server per describe, tabs
 * opened on it, and a person's actions there (files dropped on a drop zone, an open password typed).
 */

const BUILD_TIMEOUT_MS = 240_000;
const START_TIMEOUT_MS = 180_000;
/** How long something a person waits for may take to appear, unless a test says otherwise. */
const WAIT_MS = 60_000;

/** A directory where a test file's tests are run; its path is known once its beforeAll has run. */
export interface Dir {
  readonly path: string;
}

function registeredDir(prefix: string, fill: (path: string) => Promise<void>, timeout: number): Dir {
  let path: string | undefined;
  beforeAll(async () => {
    path = mkdtempSync(join(tmpdir(), prefix));
    await fill(path);
  }, timeout);
  afterAll(() => {
    if (path !== undefined) rmSync(path, { recursive: true, force: true });
  });
  return {
    get path() {
      if (path === undefined) throw new Error(`${prefix}: used before its beforeAll ran`);
      return path;
    },
  };
}

/** A fresh temporary directory for the tests of the file or describe that calls it, removed after them. */
export function tempDir(prefix: string): Dir {
  return registeredDir(prefix, () => Promise.resolve(), BUILD_TIMEOUT_MS);
}

/** A page built by `build` (buildWeb, buildPreview …) into a fresh temporary directory before the tests, removed after them. */
export function builtSite(prefix: string, build: (dir: string) => Promise<void>): Dir {
  return registeredDir(prefix, build, BUILD_TIMEOUT_MS);
}

export interface Session {
  readonly browser: Browser;
  /** The address of the site's `path` from the localhost web server, where the page may start a Web Worker. */
  served(path: string): string;
  /** The address of the site's `path` from file://, where it cannot. */
  file(path: string): string;
  /** A new tab at `url`; `before` runs first (listeners, init scripts), so that it sees the page from its start. */
  open(url: string, before?: (page: Page) => unknown): Promise<Page>;
}

/** Debian's Chromium, and `site` on a localhost web server, for the tests of the enclosing describe; both closed after them. */
export function withBrowser(site: Dir): Session {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveDirectory(site.path);
    browser = await launchChromium();
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the browser is started in beforeAll");
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    served: (path) => `${started(server).url}/${path}`,
    file: (path) => pathToFileURL(join(site.path, path)).href,
    open: async (url, before) => {
      const page = await started(browser).context.newPage();
      await before?.(page);
      await page.goto(url);
      return page;
    },
  };
}

type Files = Parameters<Locator["setInputFiles"]>[0];

/** Drops `files` onto the drop zone whose test id is `zone`, through its file input, as a person picking them does. */
export async function dropFiles(within: Page | Locator, zone: string, files: Files): Promise<void> {
  await within.getByTestId(zone).setInputFiles(files);
}

/** Saves the download that `click` starts at `to`; the name the page offered it under. */
export async function downloadBy(page: Page, click: () => Promise<void>, to: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  await download.saveAs(to);
  return download.suggestedFilename();
}

/** Types the open password into the password bar and sends it: with the button named `button`, or with Enter. */
export async function typePassword(within: Page | Locator, password: string, button?: string): Promise<void> {
  const field = within.getByTestId("open-password");
  await field.fill(password);
  if (button === undefined) await field.press("Enter");
  else await within.getByRole("button", { name: button }).click();
}

/** Waits until the one element showing `text` appears; fails the test when it never does. */
export async function waitForText(within: Page | Locator, text: string | RegExp, timeout = WAIT_MS): Promise<void> {
  await within.getByText(text).waitFor({ timeout });
}

/** Nothing the page holds after use names the password: not the password field, the page's elements, or its storage. */
export async function expectPasswordGone(page: Page, password: string): Promise<void> {
  if ((await page.getByTestId("open-password").count()) > 0) expect(await page.getByTestId("open-password").inputValue()).toBe("");
  expect(await page.content()).not.toContain(password);
  const storage = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(storage).not.toContain(password);
}
