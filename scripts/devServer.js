// Shared by start.js and stop.js: where the dev server's process id is kept, and its address.
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const PID_FILE = path.join(os.tmpdir(), `qbench-dev-server-${Buffer.from(ROOT).toString("hex").slice(-16)}.pid`);
const PORT = Number(process.env.PORT || 3000);

/** https when the Office dev certificates are installed (as webpack.config.js decides), else http. */
function devServerOrigin() {
  let https = false;
  try {
    const d = require("office-addin-dev-certs/lib/defaults");
    https = [d.localhostCertificatePath, d.localhostKeyPath, d.caCertificatePath].every((f) => fs.existsSync(f));
  } catch {
    https = false;
  }
  return `${https ? "https" : "http"}://localhost:${PORT}`;
}

module.exports = { ROOT, PID_FILE, PORT, devServerOrigin };
