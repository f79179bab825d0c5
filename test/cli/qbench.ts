import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

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

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "qbench-test-"));
}
