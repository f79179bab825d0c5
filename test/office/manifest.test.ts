import { readFileSync } from "fs";
import { join } from "path";

// The validator is the plain-Node script behind `npm run validate`.
import { validateManifest } from "../../scripts/validate-manifest.js";

const manifest = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");

describe("npm run validate (offline manifest validation)", () => {
  it("accepts the add-in's manifest", async () => {
    expect(await validateManifest(manifest)).toEqual([]);
  });

  it("rejects a manifest without its permissions", async () => {
    const problems = await validateManifest(manifest.replace("<Permissions>ReadWriteDocument</Permissions>", ""));
    expect(problems.join("\n")).toMatch(/Permissions/);
  });

  it("rejects a button whose label names no declared string", async () => {
    const problems = await validateManifest(manifest.replace('<Label resid="QBench.TaskpaneButton.Label"/>', '<Label resid="Nope"/>'));
    expect(problems.join("\n")).toMatch(/Nope/);
  });

  it("rejects plain-http URLs and elements out of order", async () => {
    expect(
      (
        await validateManifest(
          manifest.replace(
            '"https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>',
            '"http://localhost:3000/taskpane.html"/>\n  </DefaultSettings>',
          ),
        )
      ).length,
    ).toBeGreaterThan(0);
    const swapped = manifest.replace(/(<Version>[^<]*<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/, "$2$1");
    expect(await validateManifest(swapped)).not.toEqual([]);
  });

  it("rejects an icon that is not in assets/", async () => {
    const problems = await validateManifest(manifest.replace("assets/icon-80.png", "assets/icon-99.png"));
    expect(problems).toEqual(["https://localhost:3000/assets/icon-99.png: no such file in assets/"]);
  });
});
