// Says, in a box at the end of the run, that the browser tests did not run because Chromium is
// missing, and how to install it. On a user's machine the run still passes: everything else was
// tested. In CI (CI=true, set by .ci/run) Chromium is installed, so its absence fails the run.
const path = require("path");
const { CHROMIUM_PATH, INSTALL_COMMAND, chromiumAvailable } = require("./chromium");

const E2E_DIR = path.join(__dirname, "..") + path.sep;

class BrowserNoticeReporter {
  onRunComplete(_contexts, results) {
    const ranE2e = results.testResults.some((r) => r.testFilePath.startsWith(E2E_DIR));
    if (!ranE2e || chromiumAvailable()) return;
    if (process.env.CI === "true") this.error = new Error(`CI: ${CHROMIUM_PATH} is missing, so the browser tests did not run`);
    const lines = [
      "BROWSER TESTS DID NOT RUN",
      `${CHROMIUM_PATH} is missing, so the end-to-end tests of the preview page were not run.`,
      "Everything else ran. To run the browser tests too, install Chromium:",
      "",
      `    ${INSTALL_COMMAND}`,
    ];
    const width = Math.max(...lines.map((l) => l.length)) + 4;
    const rule = "!".repeat(width);
    const body = lines.map((l) => `! ${l.padEnd(width - 4)} !`);
    process.stdout.write(`\n${rule}\n${body.join("\n")}\n${rule}\n`);
  }

  /** Jest fails the run when a reporter has an error to give. */
  getLastError() {
    return this.error;
  }
}

module.exports = BrowserNoticeReporter;
