import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { describeSeal, warningKey } from "../../src/core/seal";
import { sealCandidate, sealedBlob, sealedName, verifyBytes } from "../../src/web/engine/seal";

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
  const candidate = await sealCandidate(original, "rich.xlsm", new Date(Date.UTC(2021, 5, 20)));
  expect(candidate).toBeDefined();
  const { blob, code } = await sealedBlob(candidate!, "李明", candidate!.analysis.issues.map(warningKey), "rich-已封存.xlsm");
  const sealed = new Uint8Array(await blob.arrayBuffer());
  const before = await entries(original);
  const after = await entries(sealed);
  const changed = [...before.keys()].filter((n) => !after.get(n)?.equals(before.get(n)!)).sort();
  expect(changed).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
  expect([...after.keys()].filter((n) => !before.has(n))).toEqual(["xl/worksheets/sheet4.xml"]);
  expect(after.get("[Content_Types].xml")!.toString("utf8")).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  const verification = await verifyBytes(sealed, "rich-已封存.xlsm");
  expect(verification).toMatchObject({ state: "valid", code });
});

test.each([
  ["rich.xlsm", "rich-已封存.xlsm", "application/vnd.ms-excel.sheet.macroEnabled.12"],
  ["Form.XLSM", "Form-已封存.xlsm", "application/vnd.ms-excel.sheet.macroEnabled.12"],
  ["form.xlsx", "form-已封存.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
])("the page downloads a sealed %s as %s, typed %s (a browser may rename a download after its type)", async (dropped, name, type) => {
  const candidate = await sealCandidate(new Uint8Array(readFileSync(RICH)), "rich.xlsm", new Date(Date.UTC(2021, 5, 20)));
  const downloadName = sealedName(dropped, "zh");
  const { blob } = await sealedBlob(candidate!, "李明", candidate!.analysis.issues.map(warningKey), downloadName);
  // A Blob keeps its type in lower case (MIME types ignore case).
  expect([downloadName, blob.type]).toEqual([name, type.toLowerCase()]);
});

/** The page's verdict on a sealed copy of the rich form after `edit` changed one part of it. */
async function verifiedAfter(edit: (zip: JSZip) => Promise<void>) {
  const candidate = await sealCandidate(new Uint8Array(readFileSync(RICH)), "rich.xlsm", new Date(Date.UTC(2021, 5, 20)));
  const { blob } = await sealedBlob(candidate!, "李明", candidate!.analysis.issues.map(warningKey), "rich-已封存.xlsm");
  const zip = await JSZip.loadAsync(await blob.arrayBuffer());
  await edit(zip);
  const verification = await verifyBytes(await zip.generateAsync({ type: "uint8array" }), "rich-已封存.xlsm");
  expect(verification.state).toBe("broken");
  return verification.state === "none" ? undefined : describeSeal(verification.result, "zh");
}

async function rewrite(zip: JSZip, part: string, change: (xml: string) => string): Promise<void> {
  const xml = await zip.file(part)!.async("string");
  const changed = change(xml);
  expect(changed).not.toBe(xml);
  zip.file(part, changed);
}

test("the page names a row hidden after sealing, in the words of qbench verify", async () => {
  const described = await verifiedAfter((zip) =>
    rewrite(zip, "xl/worksheets/sheet1.xml", (xml) => xml.replace(/<row r="6"/, '<row r="6" hidden="1"')),
  );
  expect(described).toEqual({ headline: "封存已破坏：封存后有 1 处改动", changes: ["行 6 被隐藏"] });
});

test("the page reports a seal record removed from a sheet still protected as a broken seal, with the reason", async () => {
  const described = await verifiedAfter((zip) =>
    rewrite(zip, "xl/worksheets/sheet4.xml", (xml) => xml.replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, "<sheetData/>")),
  );
  expect(described).toEqual({ headline: "封存已破坏：工作表仍处于封存时的保护状态，但封存记录已被删除", changes: [] });
});
