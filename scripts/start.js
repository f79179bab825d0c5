#!/usr/bin/env node
// `npm start`: with Excel desktop (Windows, macOS) sideload the add-in and start the dev server
// through office-addin-debugging, as Microsoft's template does. Linux has no Excel desktop:
// say so, start the dev server and point at the browser preview, where the same task pane runs.
const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");
const { ROOT, PID_FILE, PORT, devServerOrigin } = require("./devServer");

const bin = (name) => path.join(ROOT, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

function run(command, args) {
  const child = spawn(command, args, { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return child;
}

if (process.platform === "win32" || process.platform === "darwin") {
  run(bin("office-addin-debugging"), [
    "start",
    "manifest.xml",
    "desktop",
    "--app",
    "excel",
    "--dev-server",
    "npm run dev-server",
    "--dev-server-port",
    String(PORT),
  ]);
} else {
  const origin = devServerOrigin();
  console.log(
    [
      "Excel desktop is not available on this system (Linux), so the add-in cannot be sideloaded here.",
      "Starting the dev server instead. Open the browser preview, where the same task pane runs over an in-page workbook:",
      "",
      `    ${origin}/preview.html`,
      "",
      `To try the add-in in Excel on the web, upload manifest.xml (Insert › Add-ins › Upload My Add-in) while this server runs${origin.startsWith("http:") ? "; Excel needs https: run `npx office-addin-dev-certs install` first" : ""}.`,
      "Stop with Ctrl+C or `npm run stop`.",
      "",
    ].join("\n"),
  );
  const child = run(bin("webpack"), ["serve", "--mode", "development"]);
  fs.writeFileSync(PID_FILE, String(child.pid));
  const forget = () => fs.rmSync(PID_FILE, { force: true });
  child.on("exit", forget);
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      child.kill(signal);
      forget();
    });
  }
}
