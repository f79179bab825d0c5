import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { filledWorkbook, writeWorkbook, ZHEJIANG_FORM } from "../../scripts/lib/formWorkbook";

/** Helpers that run the real built `qbench` binary, as a user would. */
export const ROOT = join(__dirname, "..", "..");
const MAIN = join(ROOT, "dist", "cli", "cli", "main.js");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function isStale(): boolean {
  let built: number;
  try {
    built = statSync(MAIN).mtimeMs;
  } catch {
    return true;
  }
  return ["src/core", "src/xlsx", "src/cli"].some((d) => newestSource(join(ROOT, d)) > built);
}

/**
 * Builds the command line once for all test files: a lock serialises parallel jest workers, and
 * a fresh build is not repeated.
 */
export function ensureBuilt(): void {
  if (!isStale()) return;
  execFileSync(
    "flock",
    [
      "/tmp/qbench-build.lock",
      "sh",
      "-c",
      `[ -f "${MAIN}" ] && [ -z "$(find src/core src/xlsx src/cli -newer "${MAIN}" -print -quit)" ] || npm run build:cli --silent`,
    ],
    {
      cwd: ROOT,
      stdio: "pipe",
    },
  );
}

export interface Run {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function qbench(args: readonly string[], cwd: string = ROOT): Run {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "qbench.js"), ...args], { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export interface MeasuredRun extends Run {
  /** The child's peak resident memory, in megabytes (its own `process.resourceUsage().maxRSS`). */
  readonly peakMb: number;
}

/** The marker the child prints its peak memory after, as the last line of its standard error. */
const PEAK = "qbench-peak-rss-kb=";

/**
 * `qbench` in a child process that reports its own peak memory as it exits, so that what is
 * measured is the command a user runs and not the test runner. `timeoutMs` kills a hung child
 * (its status is then -1).
 */
export function qbenchMeasured(args: readonly string[], timeoutMs: number): MeasuredRun {
  const child = `process.argv.splice(1, 0, "qbench");
process.on("exit", () => process.stderr.write("\\n${PEAK}" + process.resourceUsage().maxRSS + "\\n"));
require(${JSON.stringify(join(ROOT, "bin", "qbench.js"))});`;
  const r = spawnSync(process.execPath, ["-e", child, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: timeoutMs,
  });
  const at = r.stderr.lastIndexOf(PEAK);
  const peakKb = at < 0 ? Number.NaN : Number.parseInt(r.stderr.slice(at + PEAK.length), 10);
  return { status: r.status ?? -1, stdout: r.stdout, stderr: at < 0 ? r.stderr : r.stderr.slice(0, at), peakMb: peakKb / 1024 };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "qbench-test-"));
}

/** `qbench seal`'s arguments for the clerk of the filled 浙江 form (scripts/lib/formWorkbook.ts), sealing on 2021-06-20. */
export const SEAL_AS_CLERK: readonly string[] = ["--unit", "浙江省经济和信息化厅", "--by", "李明", "--today", "2021-06-20"];

/** The built command line, a fresh temporary folder and the filled 浙江 form in it as `name`. */
export async function formInTempDir(name = "form.xlsx"): Promise<{ readonly dir: string; readonly form: string }> {
  ensureBuilt();
  const dir = tempDir();
  const form = join(dir, name);
  await writeWorkbook(filledWorkbook(ZHEJIANG_FORM).workbook, form);
  return { dir, form };
}
