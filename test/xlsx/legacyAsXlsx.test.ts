import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { legacyAsXlsx } from "../../src/xlsx/legacy";

const FORMATS = join(__dirname, "../fixtures/formats");

/** The `<col>` widths of a package's first worksheet, by column range. */
async function columnWidths(pkg: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(pkg);
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  return [...sheet.matchAll(/<col\b[^>]*?min="(\d+)"[^>]*?max="(\d+)"[^>]*?width="([\d.]+)"/g)].map((m) => `${m[1]}-${m[2]}:${m[3]}`);
}

describe("a legacy workbook converted to .xlsx for its seal", () => {
  test("keeps the .xls's column widths, so the sealed copy prints its amounts instead of ###", async () => {
    const original = await columnWidths(readFileSync(join(FORMATS, "original.xlsx")));
    const converted = await columnWidths(await legacyAsXlsx(readFileSync(join(FORMATS, "libreoffice.xls")), "xls"));
    const widthOf = (widths: string[], column: number) =>
      widths.map((w) => w.split(/[-:]/).map(Number)).find(([min, max]) => min! <= column && column <= max!)?.[2];
    expect(original.length).toBeGreaterThan(4);
    for (const column of [1, 2, 3, 4, 5, 6, 9, 12]) expect(widthOf(converted, column)).toBeCloseTo(widthOf(original, column)!, 0);
  });
});
