import { SaxesParser } from "saxes";
import { sealSheetXml, sheetFootersOf } from "../../src/xlsx/package/sheetEdit";
import { decodeXstring } from "../../src/xlsx/cellValue";
import { childrenOf, rootOf, xstring } from "../../src/xlsx/package/xml";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const FOOTERS = { default: { left: "封存码 X", center: "", right: "第 &P 页" } };

function wellFormed(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (e) => {
    throw e;
  });
  parser.write(xml).close();
}

function childNames(xml: string): string[] {
  return childrenOf(xml, rootOf(xml)).children.map((c) => c.name);
}

describe("editing a sealed sheet's part", () => {
  test("protection and footer go where CT_Worksheet wants them; every other byte stays", () => {
    const before =
      `<?xml version="1.0"?>\n<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>` +
      `<!-- <headerFooter> in a comment is not one --><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>` +
      `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1" xmlns:r="x"/></worksheet>`;
    const after = sealSheetXml(before, FOOTERS, {});
    wellFormed(after);
    expect(childNames(after)).toEqual(["sheetData", "sheetProtection", "mergeCells", "pageMargins", "headerFooter", "drawing"]);
    const stripped = after
      .replace(/<sheetProtection[^>]*\/>/, "")
      .replace(/<headerFooter><oddFooter>[^<]*<\/oddFooter><\/headerFooter>/, "");
    expect(stripped).toBe(before);
    expect(after).toContain("<oddFooter>&amp;L封存码 X&amp;R第 &amp;P 页</oddFooter>");
  });

  test("a prefixed part gets prefixed elements, and an existing protection and footer are replaced, headers kept", () => {
    const before =
      `<x:worksheet xmlns:x="${MAIN}"><x:sheetData/><x:sheetProtection sheet="1" password="CC1A"/>` +
      `<x:headerFooter differentFirst="1"><x:oddHeader>&amp;C表头</x:oddHeader><x:oddFooter>&amp;C&amp;P</x:oddFooter><x:firstFooter>首页</x:firstFooter></x:headerFooter></x:worksheet>`;
    expect(sheetFootersOf(before)).toEqual({
      first: { left: "", center: "首页", right: "" },
      default: { left: "", center: "&P", right: "" },
    });
    const after = sealSheetXml(
      before,
      { first: { left: "S", center: "首页", right: "" }, default: { left: "S", center: "&P", right: "" } },
      { hashValue: "h", saltValue: "s", spinCount: 100000 },
    );
    wellFormed(after);
    expect(childNames(after)).toEqual(["x:sheetData", "x:sheetProtection", "x:headerFooter"]);
    expect(after).not.toContain('password="CC1A"');
    expect(after).toContain('algorithmName="SHA-512" hashValue="h" saltValue="s" spinCount="100000"');
    expect(after).toContain("<x:oddHeader>&amp;C表头</x:oddHeader><x:oddFooter>&amp;LS&amp;C&amp;P</x:oddFooter>");
    expect(after).toContain("<x:firstFooter>&amp;LS&amp;C首页</x:firstFooter>");
  });

  test("text that XML 1.0 cannot hold, or that reads as an OOXML escape, survives the round trip", () => {
    const text = '备注\u000b第二行\r_x0041_ & <b> "q" \ud800 \ufffe end';
    const xml = `<t>${xstring(text)}</t>`;
    let read = "";
    const parser = new SaxesParser();
    parser.on("text", (t) => (read += t));
    parser.write(xml).close();
    expect(decodeXstring(read)).toBe(text);
  });
});
