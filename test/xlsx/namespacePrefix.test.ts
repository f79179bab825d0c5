import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gridCell } from "../../src/core/grid/grid";
import { SpreadsheetPrefixStripper } from "../../src/xlsx/namespacePrefix";
import { readWorkbook } from "../../src/xlsx/readGrids";
import { craftZip, writeBytes, type CraftEntry } from "./craft";

const dir = mkdtempSync(join(tmpdir(), "qbench-prefix-"));
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

/**
 * Two sheets, shared strings (one of them rich), a number, a percentage style and a merge, written as
 * the OpenXML SDK writes them when `prefix` is given (`<x:row>`), or as Excel does when it is not.
 */
function twinWorkbook(prefix: string | undefined): CraftEntry[] {
  const t = (name: string) => (prefix === undefined ? name : `${prefix}:${name}`);
  const ns = prefix === undefined ? `xmlns="${MAIN}"` : `xmlns:${prefix}="${MAIN}"`;
  const part = (root: string, body: string) =>
    `<?xml version="1.0" encoding="utf-8"?><${t(root)} ${ns} xmlns:r="${REL}">${body}</${t(root)}>`;
  const c = (ref: string, type: string | undefined, v: string) =>
    `<${t("c")} r="${ref}"${type === undefined ? "" : ` t="${type}"`}><${t("v")}>${v}</${t("v")}></${t("c")}>`;
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;
  const sheet1 = [
    `<${t("sheetData")}>`,
    `<${t("row")} r="1">${c("A1", "s", "0")}${c("B1", undefined, "12.5")}</${t("row")}>`,
    `<${t("row")} r="2">${c("A2", "s", "1")}</${t("row")}>`,
    `<${t("row")} r="3">${c("A3", "s", "2")}</${t("row")}>`,
    `</${t("sheetData")}>`,
    `<${t("mergeCells")} count="1"><${t("mergeCell")} ref="A3:B4"/></${t("mergeCells")}>`,
  ].join("");
  const sheet2 = `<${t("sheetData")}><${t("row")} r="2"><${t("c")} r="C2" s="1"><${t("v")}>0.25</${t("v")}></${t("c")}>${c("D2", "s", "3")}</${t("row")}></${t("sheetData")}>`;
  const strings = [
    `<${t("si")}><${t("t")}>企业名称</${t("t")}></${t("si")}>`,
    `<${t("si")}><${t("r")}><${t("t")}>杭州</${t("t")}></${t("r")}><${t("r")}><${t("t")} xml:space="preserve">海康</${t("t")}></${t("r")}></${t("si")}>`,
    `<${t("si")}><${t("t")}>合并</${t("t")}></${t("si")}>`,
    `<${t("si")}><${t("t")}>&lt;x:v&gt; x:row</${t("t")}></${t("si")}>`,
  ].join("");
  return [
    {
      name: "[Content_Types].xml",
      data: `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    },
    {
      name: "_rels/.rels",
      data: `<?xml version="1.0"?><Relationships xmlns="${PACKAGE_RELS}">${rel("rId1", "officeDocument", "xl/workbook.xml")}</Relationships>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<?xml version="1.0"?><Relationships xmlns="${PACKAGE_RELS}">${rel("rId1", "worksheet", "worksheets/sheet1.xml")}${rel("rId2", "worksheet", "worksheets/sheet2.xml")}${rel("rId3", "styles", "styles.xml")}${rel("rId4", "sharedStrings", "sharedStrings.xml")}</Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data: part(
        "workbook",
        `<${t("sheets")}><${t("sheet")} name="企业" sheetId="1" r:id="rId1"/><${t("sheet")} name="附表" sheetId="2" state="hidden" r:id="rId2"/></${t("sheets")}>`,
      ),
    },
    {
      name: "xl/styles.xml",
      data: part("styleSheet", `<${t("cellXfs")} count="2"><${t("xf")} numFmtId="0"/><${t("xf")} numFmtId="9"/></${t("cellXfs")}>`),
    },
    { name: "xl/sharedStrings.xml", data: part("sst", strings) },
    { name: "xl/worksheets/sheet1.xml", data: part("worksheet", sheet1) },
    { name: "xl/worksheets/sheet2.xml", data: part("worksheet", sheet2) },
  ];
}

describe("a workbook whose XML prefixes the spreadsheetml namespace (OpenXML SDK exporters)", () => {
  test.each(["x", "ssml"])("reads exactly like its unprefixed twin, with the prefix %s", async (prefix) => {
    const plain = await readWorkbook(writeBytes(join(dir, "plain.xlsx"), craftZip(twinWorkbook(undefined))));
    const prefixed = await readWorkbook(writeBytes(join(dir, `${prefix}.xlsx`), craftZip(twinWorkbook(prefix))));
    expect(prefixed).toEqual(plain);
    const [first, second] = prefixed.grids;
    expect(prefixed.sheets).toEqual([
      { name: "企业", state: "visible" },
      { name: "附表", state: "hidden" },
    ]);
    expect(first!.values).toEqual([["企业名称", 12.5], ["杭州海康"], ["合并"]]);
    expect(first!.merges).toEqual([{ top: 3, left: 1, bottom: 4, right: 2 }]);
    expect(gridCell(second!, 2, 3)).toBe(0.25);
    expect(gridCell(second!, 2, 4)).toBe("<x:v> x:row");
  });
});

describe("SpreadsheetPrefixStripper", () => {
  const prefixed =
    `<?xml version="1.0"?><!-- <x:c> --><x:worksheet xmlns:x="${MAIN}" a='>'><x:sheetData><x:row r="1">` +
    `<x:c r="A1" t="inlineStr"><x:is><x:t>x:v &lt;x:t&gt;</x:t></x:is></x:c><![CDATA[<x:v>]]><?pi <x:c>?>` +
    `<x:c r="B1"><x:v>1</x:v></x:c><y:ext xmlns:y="urn:other" x:attr="x:v"/></x:row></x:sheetData></x:worksheet>`;
  const expected =
    `<?xml version="1.0"?><!-- <x:c> --><worksheet xmlns:x="${MAIN}" a='>'><sheetData><row r="1">` +
    `<c r="A1" t="inlineStr"><is><t>x:v &lt;x:t&gt;</t></is></c><![CDATA[<x:v>]]><?pi <x:c>?>` +
    `<c r="B1"><v>1</v></c><y:ext xmlns:y="urn:other" x:attr="x:v"/></row></sheetData></worksheet>`;

  function strip(chunks: readonly string[]): string {
    const stripper = new SpreadsheetPrefixStripper();
    return chunks.map((c) => stripper.push(c)).join("") + stripper.end();
  }

  test("removes the prefix from element names only, wherever the text is split into two chunks", () => {
    for (let at = 0; at <= prefixed.length; at++) {
      expect(strip([prefixed.slice(0, at), prefixed.slice(at)])).toBe(expected);
    }
  });

  test("one character at a time", () => {
    expect(strip([...prefixed])).toBe(expected);
  });

  test("takes the prefix from the root's declaration, and leaves a part without one untouched", () => {
    const other = `<main:sst xmlns:main="${MAIN}" xmlns:x="urn:other"><main:si><x:t>a</x:t></main:si></main:sst>`;
    expect(strip([other])).toBe(`<sst xmlns:main="${MAIN}" xmlns:x="urn:other"><si><x:t>a</x:t></si></sst>`);
    const plain = `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"/></sheetData></worksheet>`;
    for (let at = 0; at <= plain.length; at++) expect(strip([plain.slice(0, at), plain.slice(at)])).toBe(plain);
  });
});
