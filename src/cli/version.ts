import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** The package's version, found by walking up from this file (src/cli under tsx, dist/cli/cli when built). */
export function toolVersion(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
    if (pkg.name === "quality-benchmark-assistant" && pkg.version) return pkg.version;
  }
  return "0.0.0";
}
