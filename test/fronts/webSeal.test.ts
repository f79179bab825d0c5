import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { warningKey } from "../../src/core/seal";
import { sealCandidate, sealedBlob, verifyBytes } from "../../src/web/engine/seal";

/**
 * The web page seals with the package-editing sealer too: a dropped .xlsm comes back with its VBA
 * project, chart, comments and custom parts untouched, and the page's own verifier accepts it.
 */
const RICH = join(__dirname, "..", "fixtures", "rich", "rich.xlsm");

async function entries(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) out.set(name, Buffer.from(await file.async("uint8array")));
  return out;
}

test("the page's seal changes only the seal's parts of a rich .xlsm, and verifies", async () => {
  const original = new Uint8Array(readFileSync(RICH));
  const candidate = await sealCandidate(original, new Date(Date.UTC(2021, 5, 20)));
  expect(candidate).toBeDefined();
  const { blob, code } = await sealedBlob(candidate!, "李明", candidate!.analysis.issues.map(warningKey));
  const sealed = new Uint8Array(await blob.arrayBuffer());
  const before = await entries(original);
  const after = await entries(sealed);
  const changed = [...before.keys()].filter((n) => !after.get(n)?.equals(before.get(n)!)).sort();
  expect(changed).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
  expect([...after.keys()].filter((n) => !before.has(n))).toEqual(["xl/worksheets/sheet4.xml"]);
  expect(after.get("[Content_Types].xml")!.toString("utf8")).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  const verification = await verifyBytes(sealed);
  expect(verification).toMatchObject({ state: "valid", code });
});
