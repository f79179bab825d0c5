#!/usr/bin/env node
"use strict";
/**
 * `npm run check-sample`: runs `qbench check examples --quota examples/quota.json` and explains its
 * exit status. The examples hold mistakes on purpose, so qbench exits 1 (errors in the data); this
 * script says so and exits 0 for that expected outcome, and fails for anything else (0: the
 * examples lost their mistakes; 2: something could not be read).
 */
const { spawnSync } = require("node:child_process");
const { join } = require("node:path");

const root = join(__dirname, "..");
const run = spawnSync(
  process.execPath,
  [join(root, "bin", "qbench.js"), "check", "examples", "--quota", "examples/quota.json", ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: "inherit",
  },
);
const status = run.status ?? 2;
process.stdout.write("\n");
if (status === 1) {
  process.stdout.write(
    "qbench 的退出码为 1：示例中有意放入了错误，审核发现了它们（0 = 无错误，1 = 数据有错误，2 = 用法有误或文件无法读取）。\n" +
      "qbench exited with 1: the examples contain mistakes on purpose and the check found them (0 = no errors, 1 = errors in the data, 2 = bad usage or unreadable input).\n",
  );
  process.exitCode = 0;
} else {
  process.stderr.write(`check-sample: expected exit status 1 (errors found in the examples), got ${status}\n`);
  process.exitCode = 1;
}
