#!/usr/bin/env node
// `npm run stop`: undoes `npm start` — unloads the sideloaded add-in (Windows, macOS) or stops the
// dev server that start.js began (Linux).
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { ROOT, PID_FILE } = require("./devServer");

if (process.platform === "win32" || process.platform === "darwin") {
  const bin = path.join(
    ROOT,
    "node_modules",
    ".bin",
    process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging",
  );
  const result = spawnSync(bin, ["stop", "manifest.xml"], { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
  process.exit(result.status ?? 1);
}

if (!fs.existsSync(PID_FILE)) {
  console.log("No dev server started by `npm start` is running.");
  process.exit(0);
}
const pid = Number(fs.readFileSync(PID_FILE, "utf8"));
try {
  process.kill(pid, "SIGTERM");
  console.log(`Stopped the dev server (process ${pid}).`);
} catch {
  console.log(`The dev server (process ${pid}) had already stopped.`);
}
fs.rmSync(PID_FILE, { force: true });
