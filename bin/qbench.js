#!/usr/bin/env node
"use strict";
// Runs the compiled command line; `npm run build:cli` compiles it into dist/cli.
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const main = join(__dirname, "..", "dist", "cli", "cli", "main.js");
if (!existsSync(main)) {
  process.stderr.write(
    "qbench: 命令行尚未编译，请先运行 npm run build:cli\nqbench: the command line is not built yet; run `npm run build:cli` first\n",
  );
  process.exit(2);
}
require(main)
  .runCli(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
