import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gridCell } from "../../src/core/grid/grid";
import { readWorkbook } from "../../src/xlsx/readGrids";
import { Unreadable } from "../../src/xlsx/unreadable";
import { craftWorkbook, craftZip, writeBytes } from "./craft";

const dir = mkdtempSync(join(tmpdir(), "qbench-hostile-"));

function workbookFile(name: string, sheetXml: string): string {
  return writeBytes(join(dir, name), craftZip(craftWorkbook(sheetXml)));
}

describe("the single-pass reader holds against hostile sheets", () => {
  test("49 MB of deeply nested <row> XML is refused at the nesting limit, not stacked up", async () => {
    const path = workbookFile("nested.xlsx", `<sheetData>${"<row>".repeat(10_000_000)}</sheetData>`);
    const error = await readWorkbook(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Unreadable);
    expect((error as Unreadable).kind).toBe("corrupt");
    expect((error as Unreadable).reasonEn).toMatch(/nests deeper than 64 levels/);
  });

  test("20,000 rows with one cell each in column XFD read as a one-column grid", async () => {
    const rows = Array.from({ length: 20_000 }, (_x, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>${i}</v></c></row>`).join("");
    const { grids, leftOut } = await readWorkbook(workbookFile("xfd.xlsx", `<sheetData>${rows}</sheetData>`));
    expect(grids[0]!.origin).toEqual({ row: 1, col: 16_384 });
    expect(grids[0]!.values.every((r) => r.length === 1)).toBe(true);
    expect(gridCell(grids[0]!, 20_000, 16_384)).toBe(19_999);
    expect(leftOut).toEqual([]);
  });

  test("a table in A–B with a stray cell in XFD on each of 20,000 rows keeps the table and counts the strays", async () => {
    const rows = Array.from(
      { length: 20_000 },
      (_x, i) =>
        `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>企业${i}</t></is></c><c r="B${i + 1}"><v>${i}</v></c><c r="XFD${i + 1}"><v>1</v></c></row>`,
    ).join("");
    const { grids, leftOut } = await readWorkbook(workbookFile("stray.xlsx", `<sheetData>${rows}</sheetData>`));
    expect(grids[0]!.origin).toEqual({ row: 1, col: 1 });
    expect(grids[0]!.values.every((r) => r.length === 2)).toBe(true);
    expect(gridCell(grids[0]!, 20_000, 1)).toBe("企业19999");
    expect(leftOut).toEqual([{ sheet: "表1", count: 20_000, first: "XFD1" }]);
  });

  test("namespace-prefixed and Strict Open XML parts, cells without references, typed formula results", async () => {
    const strict = `<x:sheetData xmlns:x="http://purl.oclc.org/ooxml/spreadsheetml/main"><x:row><x:c t="inlineStr"><x:is><x:r><x:t>甲</x:t></x:r><x:r><x:t>乙</x:t></x:r><x:rPh><x:t>こう</x:t></x:rPh></x:is></x:c><x:c t="b"><x:f>A1&gt;0</x:f><x:v>1</x:v></x:c><x:c t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c><x:c t="d"><x:v>2021-06-10T00:00:00</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="A3:B4"/></x:mergeCells>`;
    const { grids } = await readWorkbook(workbookFile("strict.xlsx", strict));
    const g = grids[0]!;
    expect(g.values[0]).toEqual(["甲乙", true, { error: "#DIV/0!" }, new Date(Date.UTC(2021, 5, 10))]);
    expect(g.merges).toEqual([{ top: 3, left: 1, bottom: 4, right: 2 }]);
  });
});
