import { readdirSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import type { BenchLine, BenchSection, SectionResult } from "./lib/section";

/**
 * One bench run: every section in bench/sections, in file-name order, then one table. The exit
 * status is 1 when a target is missed, so that a script can tell.
 */
async function main(): Promise<void> {
  // Timings on a shared machine mean little without knowing how busy it was.
  const machine = `Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)} at start`;
  const dir = join(__dirname, "sections");
  const files = readdirSync(dir)
    .filter((f) => /\.ts$/.test(f))
    .sort();
  const rows: string[][] = [];
  let missed = 0;
  for (const file of files) {
    const mod = (await import(join(dir, file))) as { section?: BenchSection };
    const section = mod.section;
    if (section === undefined) throw new Error(`bench/sections/${file} exports no \`section\``);
    process.stderr.write(`bench: ${section.name} …\n`);
    const result: SectionResult = await section.run();
    if (result.kind === "skipped") {
      rows.push([section.name, "skipped", result.reason, "", ""]);
      continue;
    }
    for (const line of result.lines) {
      rows.push([section.name, line.metric, line.value, line.target ?? "", status(line)]);
      if (line.ok === false) missed += 1;
    }
  }
  console.log(machine);
  printTable(["section", "metric", "value", "target", ""], rows);
  console.log(missed === 0 ? "\nAll targets hold." : `\n${missed} target(s) missed.`);
  if (missed > 0) process.exitCode = 1;
}

function status(line: BenchLine): string {
  if (line.ok === undefined) return "";
  return line.ok ? "ok" : "MISSED";
}

/** Display width: CJK characters take two columns in a terminal. */
function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function printTable(head: string[], body: string[][]): void {
  const all = [head, ...body];
  const widths = head.map((_h, c) => Math.max(...all.map((r) => width(r[c] ?? ""))));
  const line = (r: string[]) =>
    r
      .map((cell, c) => cell + " ".repeat(widths[c]! - width(cell)))
      .join("  ")
      .trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of body) console.log(line(r));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
