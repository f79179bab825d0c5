import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { sealCodeOf } from "../../src/core/seal";
import { decodeStore } from "../../src/core/storage";
import { sealPackage } from "../../src/xlsx/package/sealPackage";
import { unsealPackage } from "../../src/xlsx/package/unsealPackage";
import { readWorkbook } from "../../src/xlsx/readGrids";
import { storeRowsOf } from "../../src/core/workbook";
import { ensureBuilt, qbench, ROOT, tempDir } from "../cli/qbench";
import { has, OFFICE_TOOLS, pdfText, soffice } from "../helpers/libreOffice";

jest.setTimeout(600_000);

/**
 * Sealing edits the package (src/xlsx/package/): over workbooks that carry comments, a chart, an
 * image, defined names, custom XML, custom document properties, x14 data validations, conditional
 * formats and (.xlsm) a VBA project — made by `npm run gen:rich-fixtures` — every entry the seal
 * does not write comes out byte for byte.
 */
const FIXTURES = join(ROOT, "test", "fixtures", "rich");
const SEAL = ["--unit", "浙江省经济和信息化厅", "--by", "李明", "--today", "2021-06-20"];
const MACRO_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
/** The parts a seal writes into a workbook that had no store: the form sheet's part besides these. */
const WRITTEN = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"];

async function entries(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const out = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) out.set(name, Buffer.from(await file.async("uint8array")));
  return out;
}

/** The entries that differ between two packages, and those only one of them has. */
function difference(before: Map<string, Buffer>, after: Map<string, Buffer>) {
  return {
    changed: [...before.keys()].filter((n) => after.has(n) && !before.get(n)!.equals(after.get(n)!)).sort(),
    removed: [...before.keys()].filter((n) => !after.has(n)),
    added: [...after.keys()].filter((n) => !before.has(n)),
  };
}

async function sealCode(path: string): Promise<string> {
  const { store } = decodeStore(storeRowsOf((await readWorkbook(path)).grids));
  return sealCodeOf(store.seal!.digest);
}

describe.each(["rich.xlsx", "rich.xlsm"])("sealing %s", (name) => {
  let dir: string;
  let original: string;
  let sealed: string;

  beforeAll(() => {
    ensureBuilt();
    dir = tempDir();
    original = join(FIXTURES, name);
    sealed = join(dir, `sealed-${name}`);
    const run = qbench(["seal", original, ...SEAL, "-o", sealed]);
    expect([run.status, run.stderr]).toEqual([0, ""]);
  });

  test("writes only the store sheet, its entry, relationship and content type, and the form sheet; every other entry is byte for byte", async () => {
    const before = await entries(original);
    const after = await entries(sealed);
    const { changed, removed, added } = difference(before, after);
    expect(removed).toEqual([]);
    expect(added).toEqual(["xl/worksheets/sheet4.xml"]);
    expect(changed).toEqual([...WRITTEN, "xl/worksheets/sheet1.xml"].sort());
    // What the issue found lost, named: each is among the identical entries.
    for (const part of [
      "xl/comments1.xml",
      "xl/charts/chart1.xml",
      "xl/drawings/drawing1.xml",
      "xl/media/image1.png",
      "customXml/item1.xml",
    ]) {
      expect(after.get(part)?.equals(before.get(part)!)).toBe(true);
    }
    expect(after.get("docProps/custom.xml")?.toString("utf8")).toContain("报送批次");
    const form = after.get("xl/worksheets/sheet1.xml")!.toString("utf8");
    expect(form).toContain("<x14:dataValidations");
    expect(form).toContain("<conditionalFormatting");
    expect(after.get("xl/workbook.xml")!.toString("utf8")).toContain("<definedName");
  });

  test("the sealed file verifies, and its form sheet keeps its cells exactly, protection and footer added", async () => {
    const verify = qbench(["verify", sealed]);
    expect([verify.status, verify.stdout]).toEqual([0, expect.stringContaining("封存有效")]);
    const before = (await entries(original)).get("xl/worksheets/sheet1.xml")!.toString("utf8");
    const after = (await entries(sealed)).get("xl/worksheets/sheet1.xml")!.toString("utf8");
    const sheetData = (xml: string) => xml.slice(xml.indexOf("<sheetData"), xml.indexOf("</sheetData>"));
    expect(sheetData(after)).toBe(sheetData(before));
    expect(after).toMatch(/<\/sheetData><sheetProtection sheet="1"[^>]*\/>/);
    expect(after).toContain(`封存码 ${await sealCode(sealed)}`);
  });

  if (name.endsWith(".xlsm")) {
    test("an .xlsm keeps its VBA project and the macro-enabled content type", async () => {
      const after = await entries(sealed);
      expect(after.get("xl/vbaProject.bin")?.equals((await entries(original)).get("xl/vbaProject.bin")!)).toBe(true);
      expect(after.get("[Content_Types].xml")!.toString("utf8")).toContain(`PartName="/xl/workbook.xml" ContentType="${MACRO_WORKBOOK}"`);
      expect(after.get("xl/_rels/workbook.xml.rels")!.toString("utf8")).toContain('Target="vbaProject.bin"');
    });
  }

  test("sealing the sealed file again replaces the store sheet in place: no new part, nothing else touched", async () => {
    const again = join(dir, `again-${name}`);
    const run = qbench(["seal", sealed, ...SEAL, "-o", again]);
    expect(run.status).toBe(0);
    const { changed, removed, added } = difference(await entries(sealed), await entries(again));
    expect({ removed, added }).toEqual({ removed: [], added: [] });
    expect(changed).toEqual(["xl/worksheets/sheet1.xml", "xl/worksheets/sheet4.xml"]);
    expect(qbench(["verify", again]).status).toBe(0);
  });

  describe("unsealing", () => {
    let unsealed: string;

    beforeAll(() => {
      unsealed = join(dir, `unsealed-${name}`);
      const run = qbench(["unseal", sealed, "-o", unsealed]);
      expect([run.status, run.stderr]).toEqual([0, ""]);
    });

    test("takes back exactly what the seal wrote: every entry of the original, byte for byte, and nothing else", async () => {
      const after = await entries(unsealed);
      expect(difference(await entries(original), after)).toEqual({ changed: [], removed: [], added: [] });
      // Against the sealed file: only the seal's own entries moved; everything else it kept untouched.
      const { changed, removed, added } = difference(await entries(sealed), after);
      expect({ removed, added }).toEqual({ removed: ["xl/worksheets/sheet4.xml"], added: [] });
      expect(changed).toEqual([...WRITTEN, "xl/worksheets/sheet1.xml"].sort());
    });

    test("the form sheet is unprotected and carries the clerk's footer again, without the seal code", async () => {
      const form = (await entries(unsealed)).get("xl/worksheets/sheet1.xml")!.toString("utf8");
      expect(form).not.toContain("<sheetProtection");
      expect(form).not.toContain("封存码");
      expect(form).toContain("<oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter>");
    });

    test("verify reports it not sealed, and it seals again", () => {
      const verify = qbench(["verify", unsealed]);
      expect([verify.status, verify.stdout]).toEqual([1, expect.stringContaining("未封存")]);
      const resealed = join(dir, `resealed-${name}`);
      expect(qbench(["seal", unsealed, ...SEAL, "-o", resealed]).status).toBe(0);
      expect(qbench(["verify", resealed]).status).toBe(0);
    });

    test("a file sealed twice unseals to the original too: the footer kept is the one from before the first seal", async () => {
      const twice = join(dir, `twice-${name}`);
      const back = join(dir, `twice-unsealed-${name}`);
      expect(qbench(["seal", sealed, ...SEAL, "-o", twice]).status).toBe(0);
      expect(qbench(["unseal", twice, "-o", back]).status).toBe(0);
      expect(difference(await entries(original), await entries(back))).toEqual({ changed: [], removed: [], added: [] });
    });

    if (name.endsWith(".xlsm")) {
      test("an .xlsm keeps its VBA project and the macro-enabled content type", async () => {
        const after = await entries(unsealed);
        expect(after.get("xl/vbaProject.bin")?.equals((await entries(original)).get("xl/vbaProject.bin")!)).toBe(true);
        expect(after.get("[Content_Types].xml")!.toString("utf8")).toContain(`PartName="/xl/workbook.xml" ContentType="${MACRO_WORKBOOK}"`);
      });
    }

    test("a store that holds more than the seal keeps its sheet, rewritten without the seal record", async () => {
      const { store } = decodeStore(storeRowsOf((await readWorkbook(sealed)).grids));
      const settings = { year: 2021, unit: "浙江省经济和信息化厅" };
      const withSettings = await sealPackage(readFileSync(original), { sheet: store.seal!.sheet, store: { seal: store.seal!, settings } });
      const kept = join(dir, `kept-${name}`);
      writeFileSync(kept, await unsealPackage(withSettings, { seal: store.seal!, settings }));
      const grids = (await readWorkbook(kept)).grids;
      expect(decodeStore(storeRowsOf(grids)).store).toEqual({ settings });
      const verify = qbench(["verify", kept]);
      expect([verify.status, verify.stdout]).toEqual([1, expect.stringContaining("未封存")]);
      // The form sheet is the original's again; the store sheet stays, with its entry, relationship and content type.
      expect(difference(await entries(original), await entries(kept))).toEqual({
        changed: [...WRITTEN].sort(),
        removed: [],
        added: ["xl/worksheets/sheet4.xml"],
      });
    });
  });

  if (OFFICE_TOOLS) {
    test("LibreOffice opens the sealed workbook and prints it: the form with its seal code, and the notes sheet", async () => {
      const pdfDir = join(dir, "pdf");
      mkdirSync(pdfDir, { recursive: true });
      const copy = join(dir, `print-${name}`);
      copyFileSync(sealed, copy);
      soffice(dir, "pdf", copy, pdfDir);
      const pdf = join(pdfDir, `print-${name.replace(/\.xls[xm]$/, "")}.pdf`);
      expect(existsSync(pdf)).toBe(true);
      const text = pdfText(pdf);
      expect(text).toContain(`封存码 ${await sealCode(sealed)}`);
      expect(text).toContain("浙江正泰电器股份有限公司");
      expect(text).toContain("填报说明");
    });
  } else if (process.env["CI"] === "true") {
    test("has LibreOffice (soffice) and pdftotext, which CI installs", () => {
      expect({ soffice: has("soffice"), pdftotext: has("pdftotext") }).toEqual({ soffice: true, pdftotext: true });
    });
  }
});
