import { spawn, type ChildProcess } from "child_process";
import { join } from "path";
import { TestServer } from "office-addin-test-server";

const ROOT = join(__dirname, "../..");
const PORT = 4201;

/** Sideloads the test manifest into Excel desktop with the test page's dev server. */
function sideload(command: "start" | "stop"): ChildProcess {
  const args = [command, "test/excel-e2e/test-manifest.xml"];
  if (command === "start") {
    args.push(
      "desktop",
      "--app",
      "excel",
      "--dev-server",
      "npx webpack serve --config test/excel-e2e/webpack.config.js",
      "--dev-server-port",
      "3000",
    );
  }
  return spawn("npx", ["office-addin-debugging", ...args], { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
}

describe("the Office adapter inside Excel desktop", () => {
  const server = new TestServer(PORT);

  beforeAll(async () => {
    if (process.platform !== "win32" && process.platform !== "darwin") {
      throw new Error("`npm run test:excel` needs Excel desktop (Windows or macOS); use `npm test` and the browser preview on Linux.");
    }
    await server.startTestServer(true);
    sideload("start");
  });

  afterAll(async () => {
    await server.stopTestServer();
    sideload("stop");
  });

  it("creates, reads, writes, marks and stores in a live workbook", async () => {
    const results = (await server.getTestResults()) as unknown as Record<string, { passed: boolean; detail: string }>;
    const failed = Object.entries(results).filter(([, r]) => !r.passed);
    expect(failed).toEqual([]);
    expect(Object.keys(results)).toHaveLength(5);
  });
});
