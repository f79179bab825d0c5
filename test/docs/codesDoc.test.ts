import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ISSUE_CODES } from "../../src/core/issues/registry";
import { codesDoc } from "../../scripts/lib/codesDoc";

describe("docs/codes.md", () => {
  const committed = readFileSync(join(__dirname, "..", "..", "docs", "codes.md"), "utf8");

  it("is what npm run gen:codes writes from the registry (run it after changing a code)", () => {
    expect(committed).toBe(codesDoc());
  });

  it("has one row per code, with no placeholder left unrendered", () => {
    for (const code of ISSUE_CODES) expect(committed).toContain(`| \`${code}\` |`);
    expect(committed).not.toMatch(/undefined|\{\w+\}/);
  });
});
