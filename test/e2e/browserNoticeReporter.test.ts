import { join } from "path";

jest.mock("./support/chromium", () => ({
  CHROMIUM_PATH: "/usr/bin/chromium",
  INSTALL_COMMAND: "sudo apt-get install -y chromium",
  chromiumAvailable: jest.fn(),
}));

// eslint-disable-next-line @typescript-eslint/no-require-imports
const Reporter = require("./support/browserNoticeReporter") as new () => {
  onRunComplete(contexts: unknown, results: { testResults: Array<{ testFilePath: string }> }): void;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { chromiumAvailable } = require("./support/chromium") as { chromiumAvailable: jest.Mock };

function printedAfterRun(files: string[]): string {
  const write = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
  try {
    new Reporter().onRunComplete(new Set(), { testResults: files.map((testFilePath) => ({ testFilePath })) });
    return write.mock.calls.map((c) => String(c[0])).join("");
  } finally {
    write.mockRestore();
  }
}

const E2E_FILE = join(__dirname, "preview.test.ts");
const CORE_FILE = join(__dirname, "..", "core", "seq.test.ts");

describe("the notice at the end of a run without Chromium", () => {
  it("says plainly that the browser tests did not run and how to install Chromium", () => {
    chromiumAvailable.mockReturnValue(false);
    const printed = printedAfterRun([CORE_FILE, E2E_FILE]);
    expect(printed).toContain("BROWSER TESTS DID NOT RUN");
    expect(printed).toContain("/usr/bin/chromium is missing");
    expect(printed).toContain("sudo apt-get install -y chromium");
  });

  it("stays silent when Chromium is there, or when the run did not include the browser tests", () => {
    chromiumAvailable.mockReturnValue(true);
    expect(printedAfterRun([CORE_FILE, E2E_FILE])).toBe("");
    chromiumAvailable.mockReturnValue(false);
    expect(printedAfterRun([CORE_FILE])).toBe("");
  });
});
