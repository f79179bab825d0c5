import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { sealCodeOf } from "../../src/core/seal";
import { decodeStore } from "../../src/core/storage";
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
