// Where the browser tests expect Chromium, and whether it is there. One module, used by the e2e
// tests (to decide whether to register them) and by the reporter (to say loudly that they did not run).
const fs = require("fs");

const CHROMIUM_PATH = "/usr/bin/chromium";
const INSTALL_COMMAND = "sudo apt-get install -y chromium";

function chromiumAvailable() {
  try {
    fs.accessSync(CHROMIUM_PATH, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

module.exports = { CHROMIUM_PATH, INSTALL_COMMAND, chromiumAvailable };
