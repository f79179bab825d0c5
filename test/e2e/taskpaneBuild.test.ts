import { parse, type Options } from "acorn";
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { buildProduction, type ProductionBuild } from "./support/buildProduction";
import { chromiumAvailable } from "./support/chromium";
import { screenshotter } from "./support/screenshots";
import { tempDir, withBrowser, type Dir } from "./support/session";

/*
 * The task pane as `npm run build` ships it: every script parses as ES2019 (the oldest engine
 * Fluent UI v9 supports, Chromium 79, has no `?.` or `??`), the inline host guard parses as ES5
 * (Internet Explorer 11 and EdgeHTML must run it), Office.js comes from the CDN OFFICE_JS names,
 * and the manifest points at ADDIN_URL or is not written at all.
 */

const BUILD_TIMEOUT_MS = 600_000;
const GLOBAL_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const VIANET_OFFICE_JS = "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js";
const ADDIN_URL = "https://addins.example.gov.cn/qbench/";

const ES2019: Options = { ecmaVersion: 2019, sourceType: "script" };
const ES5: Options = { ecmaVersion: 5, sourceType: "script" };

/** The parse error of `source` at `options`, or undefined when it parses. */
function parseError(source: string, options: Options): string | undefined {
  try {
    parse(source, options);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** The text of every inline script of a page. */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
}

/** The sources of every external script of a page, in order. */
function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]!);
}

const work = tempDir("qbench-prod-");
/** The task pane as built for Microsoft's global CDN. */
const site: Dir = {
  get path() {
    return join(work.path, "global");
  },
};
let build: ProductionBuild;
beforeAll(async () => {
  build = await buildProduction(site.path, { ADDIN_URL, OFFICE_JS: undefined });
}, BUILD_TIMEOUT_MS);

describe("the production task pane", () => {
  it("is ES2019 throughout, dependencies included", () => {
    const scripts = readdirSync(site.path).filter((f) => f.endsWith(".js"));
    expect(scripts).toContain("taskpane.js");
    for (const file of scripts)
      expect({ file, error: parseError(readFileSync(join(site.path, file), "utf8"), ES2019) }).toEqual({ file, error: undefined });
  });

  it("records the package's version in the 审查 worker's reports, as qbench does (was 0.0.0: the build left the version undefined)", () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };
    const scripts = readdirSync(site.path).filter((f) => f.endsWith(".js"));
    const worker = scripts.filter((f) => f.startsWith("review-worker"));
    expect(worker).toHaveLength(1);
    for (const file of scripts)
      expect({ file, undefinedVersion: readFileSync(join(site.path, file), "utf8").includes("__QBENCH_VERSION__") }).toEqual({
        file,
        undefinedVersion: false,
      });
    expect(readFileSync(join(site.path, worker[0]!), "utf8")).toContain(JSON.stringify(version));
  });

  it("is checked by a parser that refuses what old engines cannot parse", () => {
    for (const newer of ["a?.b", "a ?? b", "class A { static {} }", "class A { x = 1 }", "a ||= b", "1_000"]) {
      expect(parseError(newer, ES2019)).toBeDefined();
    }
  });

  it("carries a host guard that Internet Explorer 11 and EdgeHTML can parse", () => {
    const guards = inlineScripts(readFileSync(join(site.path, "taskpane.html"), "utf8"));
    expect(guards).toHaveLength(1);
    expect(guards[0]).toContain("ResizeObserver");
    expect(parseError(guards[0]!, ES5)).toBeUndefined();
    expect(parseError("let a = () => 1", ES5)).toBeDefined();
  });

  it("loads Office.js from Microsoft's global CDN by default, before the bundle", () => {
    expect(scriptSources(readFileSync(join(site.path, "taskpane.html"), "utf8"))).toEqual([GLOBAL_OFFICE_JS, "taskpane.js"]);
  });

  it("points the manifest at ADDIN_URL", () => {
    const manifest = readFileSync(join(site.path, "manifest.xml"), "utf8");
    expect(manifest).toContain(`<SourceLocation DefaultValue="${ADDIN_URL}taskpane.html"/>`);
    expect(manifest).toContain("<AppDomain>https://addins.example.gov.cn</AppDomain>");
    expect(manifest).not.toMatch(/localhost|example\.org/);
    expect(build.warnings.join("\n")).not.toContain("manifest.xml");
  });
});

describe("the build settings", () => {
  it(
    "OFFICE_JS=21vianet loads Office.js from the CDN of Office 365 operated by 21Vianet",
    async () => {
      const out = join(work.path, "21vianet");
      await buildProduction(out, { ADDIN_URL, OFFICE_JS: "21vianet" }, true);
      const sources = scriptSources(readFileSync(join(out, "taskpane.html"), "utf8"));
      expect(sources).toEqual([VIANET_OFFICE_JS, "taskpane.js"]);
    },
    BUILD_TIMEOUT_MS,
  );

  it("refuses an unknown OFFICE_JS", async () => {
    await expect(buildProduction(join(work.path, "bad-source"), { ADDIN_URL, OFFICE_JS: "china" }, true)).rejects.toThrow(
      'OFFICE_JS must be one of global, 21vianet, not "china"',
    );
  });

  it(
    "without ADDIN_URL writes no manifest.xml, and says so",
    async () => {
      const out = join(work.path, "no-url");
      const result = await buildProduction(out, { ADDIN_URL: undefined, OFFICE_JS: undefined }, true);
      expect(existsSync(join(out, "taskpane.html"))).toBe(true);
      expect(existsSync(join(out, "manifest.xml"))).toBe(false);
      expect(result.warnings.join("\n")).toContain("dist/manifest.xml was not written: set ADDIN_URL");
    },
    BUILD_TIMEOUT_MS,
  );

  it("refuses an ADDIN_URL that is not https", async () => {
    await expect(
      buildProduction(join(work.path, "http"), { ADDIN_URL: "http://addins.example.gov.cn/", OFFICE_JS: undefined }, true),
    ).rejects.toThrow("ADDIN_URL must be an https:// address");
  });
});

if (chromiumAvailable()) {
  describe("the host guard in Chromium", () => {
    const session = withBrowser(site);
    beforeAll(async () => {
      // The page names Office.js on a CDN: nothing may leave this machine, so it fails to load,
      // as it does on a network that cannot reach the CDN.
      await session.browser.context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
    });

    async function openPane(prepare?: () => void): Promise<Page> {
      return session.open(session.served("taskpane.html"), (page) => (prepare ? page.addInitScript(prepare) : undefined));
    }

    it("stays silent on a modern engine, and the pane starts", async () => {
      const page = await openPane();
      await page.getByText("Office.js", { exact: false }).first().waitFor({ timeout: 30_000 });
      expect(await page.locator("#host-too-old").count()).toBe(0);
      await page.close();
    });

    it("says in Chinese and English that the host is too old when it lacks what the bundle needs", async () => {
      const page = await openPane(() => {
        delete (window as { ResizeObserver?: unknown }).ResizeObserver;
      });
      const notice = page.locator("#host-too-old");
      await notice.waitFor({ timeout: 30_000 });
      const text = await notice.innerText();
      expect(text).toContain("浏览器组件太旧");
      expect(text).toContain("browser engine too old");
      expect(text).toContain("missing: ResizeObserver");
      expect(await page.locator("#container").isVisible()).toBe(false);
      await screenshotter(page, "host-guard")("host-too-old");
      await page.close();
    });
  });
}
