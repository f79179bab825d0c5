import { rmSync } from "node:fs";
import { join } from "node:path";
import { formSpec } from "../../src/core/form/formSpec";
import type { Grid } from "../../src/core/grid/grid";
import { readForm } from "../../src/core/reader";
import { canonicalForm, canonicalFormV2, sealContentOf, sealDigest, sha256Hex } from "../../src/core/seal";
import { OfficeWorkbookAdapter } from "../../src/office/OfficeWorkbookAdapter";
import { PreviewWorkbook } from "../../src/preview/PreviewWorkbook";
import { openWorkbookFile } from "../../src/preview/xlsx/fileIO";
import { readWorkbookGrids } from "../../src/xlsx/readGrids";
import { tempDir } from "../cli/qbench";
import { loadSealVectors, type SealVector } from "../helpers/sealVectors";
import { clerkSheet, excelWorkbook, fakeExcelWorkbook, FORM_YEAR, typedPreviewSheet } from "./clerkSheet";

/**
 * docs/seal.md: one canonicalisation for the add-in and the command line, fixed by shared test vectors.
 * Each vector's form is laid out as a clerk's sheet and read back the way each host reads a
 * workbook; every reader must arrive at the vector's canonical text and digest.
 */
const vectors = loadSealVectors();
let dir: string;

beforeAll(() => {
  dir = tempDir();
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function expectVector(grids: Grid[], vector: SealVector): Promise<void> {
  const { form } = readForm(grids, formSpec(FORM_YEAR));
  expect(form).toBeDefined();
  expect(form!.sheet).toBe(vector.form.sheet);
  expect(canonicalForm(form!)).toBe(vector.canonical);
  expect(await sealDigest(form!)).toBe(vector.digest);
  // Version 2 covers the whole sheet as read: every reader must hand over the same used range.
  const v2 = canonicalFormV2(sealContentOf(grids, vector.form.sheet), vector.v2.record);
  expect(v2).toBe(vector.v2.canonical);
  expect(await sha256Hex(v2)).toBe(vector.v2.digest);
}

/** The .xlsx as the preview's Open button hands it over: a Blob of the file's bytes. */
async function xlsxBlob(vector: SealVector): Promise<Blob> {
  return new Blob([await excelWorkbook(clerkSheet(vector.form)).xlsx.writeBuffer()]);
}

describe.each(vectors.map((v) => [v.name, v] as const))("seal vector %s", (name, vector) => {
  it("reads to the vector's digest from a .xlsx through the command line's reader", async () => {
    const path = join(dir, `${name}.xlsx`);
    await excelWorkbook(clerkSheet(vector.form)).xlsx.writeFile(path);
    await expectVector(await readWorkbookGrids(path), vector);
  });

  it("reads to the vector's digest from Excel through the Office adapter", async () => {
    const book = fakeExcelWorkbook(clerkSheet(vector.form));
    await expectVector(await new OfficeWorkbookAdapter(book.env()).readWorkbook(), vector);
  });

  it("reads to the vector's digest from a .xlsx opened in the browser preview", async () => {
    const book = await openWorkbookFile(await xlsxBlob(vector));
    await expectVector(await book.readWorkbook(), vector);
  });

  it("reads to the vector's digest from the preview's grid, dates typed as numbers into date-formatted cells", async () => {
    const book = new PreviewWorkbook([typedPreviewSheet(clerkSheet(vector.form))]);
    await expectVector(await book.readWorkbook(), vector);
  });
});

describe("the vectors prove the readers agree on dates in data rows", () => {
  it("has a date-formatted cell in a data row below the twelfth row, and a time-formatted cell", () => {
    const sheet = clerkSheet(vectors.find((v) => v.name === "data-dates")!.form);
    const dated = sheet.cells.filter((c) => c.value instanceof Date && c.row > 12);
    expect(dated.map((c) => c.format)).toEqual(expect.arrayContaining(["yyyy/m/d", "h:mm", "yyyy/m/d h:mm:ss"]));
  });
});
