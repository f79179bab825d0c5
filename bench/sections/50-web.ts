import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { writeBatch } from "../lib/batch";
import type { BenchLine, BenchSection } from "../lib/section";
import { formatMs } from "../lib/timing";

/**
 * The web page (dist/web): its initial JavaScript gzipped (the engine chunk with exceljs loads on
 * first use, so it is not counted), and reviewing the 200-workbook batch in headless Chromium
 * from file://, as a ratio to `qbench check` on the same files in the same run.
 */
const ROOT = join(__dirname, "..", "..");
const WEB = join(ROOT, "dist", "web", "index.html");
const QBENCH = join(ROOT, "bin", "qbench.js");
const CHROMIUM = "/usr/bin/chromium";
const FILES = 200;
const ROWS_PER_FILE = 30;
const TARGET_RATIO = 2;
const TARGET_INITIAL_KB = 300;
const RUNS = 3;
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

function initialScriptsGzipKb(): number {
  const html = readFileSync(WEB, "utf8");
  const scripts = [...html.matchAll(/<script[^>]+src="?([^" >]+)/g)].map((m) => m[1]!);
  const bytes = scripts.reduce((n, s) => n + gzipSync(readFileSync(join(ROOT, "dist", "web", s)), { level: 9 }).length, 0);
  return bytes / 1024;
}

function median(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

export const section: BenchSection = {
  name: "web page",
  async run() {
    if (!existsSync(WEB)) return { kind: "skipped", reason: "run `npm run build:web` first" };
    if (!existsSync(join(ROOT, "dist", "cli", "cli", "main.js"))) return { kind: "skipped", reason: "run `npm run build:cli` first" };
    if (!existsSync(CHROMIUM)) return { kind: "skipped", reason: "Chromium is missing: sudo apt-get install -y chromium" };
    const initialKb = initialScriptsGzipKb();
    const dir = mkdtempSync(join(tmpdir(), "qbench-bench-web-"));
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    try {
      const files = await writeBatch(join(dir, "batch"), FILES, ROWS_PER_FILE);
      const page = await browser.newPage({ locale: "zh-CN" });
      const web: number[] = [];
      const cli: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        await page.goto(pathToFileURL(WEB).href);
        const t0 = performance.now();
        await page.getByTestId("review-files").setInputFiles(files);
        await page
          .getByTestId("review-summary")
          .filter({ hasText: String(FILES) })
          .waitFor({ timeout: 300_000 });
        web.push(performance.now() - t0);
        const t1 = performance.now();
        const r = spawnSync(process.execPath, [QBENCH, "check", join(dir, "batch"), "--json", "--today", "2021-06-20"], {
          encoding: "utf8",
          maxBuffer: 512 * 1024 * 1024,
        });
        cli.push(performance.now() - t1);
        if (r.status !== 0 && r.status !== 1) throw new Error(`qbench check failed (${r.status}): ${r.stderr.slice(0, 500)}`);
      }
      const ratio = median(web) / median(cli);
      const lines: BenchLine[] = [
        {
          metric: "initial JavaScript, gzipped (engine excluded)",
          value: `${initialKb.toFixed(0)} KB`,
          target: `≤ ${TARGET_INITIAL_KB} KB`,
          ok: initialKb <= TARGET_INITIAL_KB,
        },
        { metric: `web page review, ${FILES} workbooks × ${ROWS_PER_FILE} rows (Chromium, file://)`, value: formatMs(median(web)) },
        { metric: "qbench check of the same files", value: formatMs(median(cli)) },
        {
          metric: "ratio web review / qbench check",
          value: `${ratio.toFixed(2)}×`,
          target: `≤ ${TARGET_RATIO}×`,
          ok: ratio <= TARGET_RATIO,
        },
      ];
      return { kind: "measured", lines };
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
