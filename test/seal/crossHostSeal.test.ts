import { copyFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { formSpec } from "../../src/core/form/formSpec";
import { readForm } from "../../src/core/reader";
import { sealContentOf, verifySeal, type SealRecord } from "../../src/core/seal";
import { decodeStore, encodeStore } from "../../src/core/storage";
import { OfficeWorkbookAdapter } from "../../src/office/OfficeWorkbookAdapter";
import { openWorkbookFile } from "../../src/preview/xlsx/fileIO";
import { readWorkbook } from "../../src/xlsx/readGrids";
import { storeRowsOf } from "../../src/core/workbook";
import { writeStoreSheet } from "../helpers/storeSheet";
import { FakeWorkbook } from "../office/fakeExcel";
import { ensureBuilt, qbench, SEAL_AS_CLERK, tempDir } from "../cli/qbench";
import { decodeVectorForm, loadSealVectors, v1Record, type SealVector } from "../helpers/sealVectors";
import { addFormSheet, SHEET, sealedPane } from "./addinForm";
import { clerkSheet, excelWorkbook, fakeExcelWorkbook, FORM_YEAR } from "./clerkSheet";
import { fakeWorkbookAsXlsx } from "./fakeExport";

jest.setTimeout(300_000);

/**
 * The built `qbench` binary against the vectors: a seal record carrying a vector's digest must
 * verify on the vector's sheet, and a seal the binary makes must carry the vector's digest and
 * verify in the add-in and the preview too — a seal made on one side holds on the other.
 */
const vectors = loadSealVectors();
const DATA_DATES = vectors.find((v) => v.name === "data-dates")!;
let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The version-1 seal a clerk would have made of the vector's form, with the vector's own digest. */
async function vectorRecord(vector: SealVector): Promise<SealRecord> {
  const record = await v1Record(decodeVectorForm(vector.form), {
    unit: "浙江省经济和信息化厅",
    sealedBy: "李明",
    sealedAt: new Date(Date.UTC(2021, 5, 20, 8)),
    year: FORM_YEAR,
    quotaUsed: [],
    confirmedWarnings: [],
    toolVersion: "vector",
  });
  return { ...record, digest: vector.digest };
}

async function writeSealedVector(vector: SealVector, path: string, edit?: (ws: ExcelJS.Worksheet) => void): Promise<void> {
  const wb = excelWorkbook(clerkSheet(vector.form));
  writeStoreSheet(wb, encodeStore({ seal: await vectorRecord(vector) }));
  edit?.(wb.getWorksheet(vector.form.sheet)!);
  await wb.xlsx.writeFile(path);
}

describe("qbench verify on a workbook sealed in version 1 with the vector's digest", () => {
  it.each(vectors.map((v) => [v.name, v] as const))("%s: the seal holds", async (name, vector) => {
    const path = join(dir, `${name}.xlsx`);
    await writeSealedVector(vector, path);
    const run = qbench(["verify", path, "--lang", "en"]);
    expect(run.stdout).toContain("Seal valid");
    expect(run.stdout).toContain("an older seal, qbench-seal-v1");
    expect(run.status).toBe(0);
  });

  it("names the one cell changed after sealing: a date in a data row moved by a day", async () => {
    const path = join(dir, "moved-date.xlsx");
    await writeSealedVector(DATA_DATES, path, (ws) => {
      ws.getCell("M15").value = new Date(Date.UTC(2020, 11, 1));
    });
    const run = qbench(["verify", path, "--lang", "en"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("M15: sealed “2020-11-30”, now “2020-12-01”");
  });
});

/** Seals the workbook at `path` with the built qbench into `sealed`; the record it wrote. */
async function sealWithQbench(path: string, sealed: string): Promise<SealRecord> {
  const run = qbench(["seal", path, ...SEAL_AS_CLERK, "--confirm-warnings", "--out", sealed]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  const { store, problems } = decodeStore(storeRowsOf((await readWorkbook(sealed)).grids));
  expect(problems).toEqual([]);
  return store.seal!;
}

describe("a seal made by qbench seal", () => {
  let sealed: string;
  let record: SealRecord;

  beforeAll(async () => {
    const path = join(dir, "data-dates-form.xlsx");
    await excelWorkbook(clerkSheet(DATA_DATES.form)).xlsx.writeFile(path);
    sealed = join(dir, "data-dates-sealed.xlsx");
    record = await sealWithQbench(path, sealed);
  });

  it("is a version-2 seal and verifies with qbench verify", () => {
    expect(record.version).toBe("qbench-seal-v2");
    const run = qbench(["verify", sealed, "--lang", "en"]);
    expect(run.stdout).toContain("Seal valid");
    expect(run.status).toBe(0);
  });

  it("verifies in the add-in, which reads the same sheet from Excel", async () => {
    const grids = await new OfficeWorkbookAdapter(fakeExcelWorkbook(clerkSheet(DATA_DATES.form)).env()).readWorkbook();
    const verification = await verifySeal(readForm(grids, formSpec(FORM_YEAR)).form, sealContentOf(grids, record.sheet), record);
    expect(verification).toMatchObject({ state: "valid", changedCells: [] });
  });

  it("verifies in the browser preview, which opens the sealed file with its store", async () => {
    const book = await openWorkbookFile(new Blob([readFileSync(sealed)]));
    const { store } = decodeStore(await book.readStore());
    expect(store.seal).toEqual(record);
    const grids = await book.readWorkbook();
    const verification = await verifySeal(readForm(grids, formSpec(FORM_YEAR)).form, sealContentOf(grids, record.sheet), store.seal!);
    expect(verification).toMatchObject({ state: "valid", changedCells: [] });
  });
});

describe("a seal made by qbench seal of a workbook with a second sheet", () => {
  let sealed: string;
  let record: SealRecord;

  function withNotesSheet(book: FakeWorkbook): FakeWorkbook {
    book.addSheet("说明", [["填表说明"]]);
    return book;
  }

  beforeAll(async () => {
    const wb = excelWorkbook(clerkSheet(DATA_DATES.form));
    wb.addWorksheet("说明").getCell("A1").value = "填表说明";
    const path = join(dir, "two-sheets.xlsx");
    await wb.xlsx.writeFile(path);
    sealed = join(dir, "two-sheets-sealed.xlsx");
    record = await sealWithQbench(path, sealed);
  });

  it("verifies in the add-in, which reads the other sheet's name but not its cells", async () => {
    const grids = await new OfficeWorkbookAdapter(withNotesSheet(fakeExcelWorkbook(clerkSheet(DATA_DATES.form))).env()).readWorkbook();
    expect(grids.map((g) => g.sheet)).toEqual([DATA_DATES.form.sheet, "说明"]);
    const verification = await verifySeal(readForm(grids, formSpec(FORM_YEAR)).form, sealContentOf(grids, record.sheet), record);
    expect(verification).toMatchObject({ state: "valid", changedCells: [] });
  });

  it("is broken in the add-in when a sheet was added after sealing", async () => {
    const book = withNotesSheet(fakeExcelWorkbook(clerkSheet(DATA_DATES.form)));
    book.addSheet("附件");
    const grids = await new OfficeWorkbookAdapter(book.env()).readWorkbook();
    const verification = await verifySeal(readForm(grids, formSpec(FORM_YEAR)).form, sealContentOf(grids, record.sheet), record);
    expect(verification.state).toBe("broken");
  });
});

describe("a seal made in the add-in of a workbook with a 说明 sheet and the list sheet, saved by Excel as .xlsx", () => {
  let saved: string;
  let record: SealRecord;

  beforeAll(async () => {
    const book = new FakeWorkbook({ apiVersion: "1.13" });
    book.addSheet("说明", [["填表说明"], ["金额单位为万元，请勿改动表头。"]]);
    addFormSheet(book);
    book.addSheet("qbench_lists", [["杭州市"], ["宁波市"], ["温州市"]]).visibility = "Hidden";
    await sealedPane(book);
    saved = join(dir, "addin-sealed.xlsx");
    writeFileSync(saved, await fakeWorkbookAsXlsx(book));
    const { store, problems } = decodeStore(storeRowsOf((await readWorkbook(saved)).grids));
    expect(problems).toEqual([]);
    record = store.seal!;
  });

  it("is a version-2 seal over every sheet's name, and qbench verify finds it valid", () => {
    expect(record).toMatchObject({ version: "qbench-seal-v2", sheet: SHEET, sheets: ["说明", SHEET, "qbench_lists"] });
    const run = qbench(["verify", saved, "--lang", "en"]);
    expect(run.stdout).toContain("Seal valid: sealed by 李明");
    expect(run.status).toBe(0);
  });

  it("is broken when one cell changed after saving, and qbench verify names it", async () => {
    const changed = join(dir, "addin-sealed-changed.xlsx");
    copyFileSync(saved, changed);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(changed);
    wb.getWorksheet(SHEET)!.getCell("G8").value = 3867001;
    await wb.xlsx.writeFile(changed);
    const run = qbench(["verify", changed, "--lang", "en"]);
    expect(run.stdout).toContain("G8: sealed “3867000”, now “3867001”");
    expect(run.status).toBe(1);
  });
});
