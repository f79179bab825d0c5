import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cellAddress } from "../../src/core/grid/address";
import type { SealRecord } from "../../src/core/seal";
import { decodeStore } from "../../src/core/storage";
import { storeRowsOf } from "../../src/core/workbook";
import { sheetsFromExcel } from "../../src/preview/xlsx/fromExcel";
import { readWorkbookBytes } from "../../src/xlsx/readBytes";
import { readWorkbook } from "../../src/xlsx/readGrids";
import { filledWorkbook, writeWorkbook, ZHEJIANG_FORM } from "../../scripts/lib/formWorkbook";
import { ensureBuilt, qbench, tempDir } from "../cli/qbench";
import { EditedPackage } from "./packageEdits";

jest.setTimeout(300_000);

/**
 * Issue 13's mutation test through real files: a filled form sealed by the built `qbench seal`,
 * then each change a reviewer could make after sealing applied to a copy of the package (as a
 * spreadsheet program saves it), and the whole folder of copies checked by one `qbench check
 * --json`. Every change is a broken seal naming what changed; a trailing space and a number
 * stored as text (where it prints the same) are not changes.
 */
const SHEET = "申报企业统计表";
const UNIT = "浙江省经济和信息化厅";
/** The template's used range: title to note, 10 data rows (6–15), 13 columns. */
const LAST_ROW = 16;
const LAST_COL = 13;

interface SealBroken {
  readonly cells: string;
  readonly count: number;
  readonly printed?: string;
  readonly rowsHidden?: string;
  readonly columnsHidden?: string;
  readonly printArea?: string;
  readonly record?: "changed";
  readonly lost?: "missing" | "damaged";
}

interface Mutation {
  readonly name: string;
  readonly edit: (pkg: EditedPackage) => Promise<void>;
  /** The `seal-broken` issue's params, exactly (sealedAt and sealedBy aside); undefined: the seal still holds. */
  readonly broken: SealBroken | undefined;
}

interface FileReport {
  readonly path: string;
  readonly seal?: string;
  readonly issues: readonly { code: string; message: string; params?: Record<string, unknown> }[];
}

const replaced = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`the record has no ${from}`);
  return text.replace(from, to);
};

const cells = (names: string, count: number): SealBroken => ({ cells: names, count });
const RECORD_CHANGED: SealBroken = { cells: "", count: 0, record: "changed" };

/** Each change listed in part 1 of issue 13, and the two that must not count. */
function issueMutations(record: SealRecord): Mutation[] {
  const field = (name: string, from: string, to: string): Mutation => ({
    name: `record ${name}`,
    edit: (pkg) => pkg.editSealText(replaced(from, to)),
    broken: RECORD_CHANGED,
  });
  const firstWarning = JSON.stringify(record.confirmedWarnings[0]);
  return [
    field("sealedBy", '"sealedBy":"李明"', '"sealedBy":"王五"'),
    field("sealedAt", `"sealedAt":"${record.sealedAt}"`, `"sealedAt":"${record.sealedAt.replace(/^\d{4}/, "2020")}"`),
    field("unit", `"unit":"${UNIT}"`, '"unit":"宁波市经济和信息化局"'),
    field("year", '"year":2021', '"year":2022'),
    field("rowCount", '"rowCount":4', '"rowCount":3'),
    field("confirmedWarnings", `"confirmedWarnings":[${firstWarning}]`, '"confirmedWarnings":[]'),
    field("quotaUsed", '"quotaUsed":[]', '"quotaUsed":[{"label":"浙江省","used":4,"limit":5}]'),
    { name: "金额单位 changed", edit: (pkg) => pkg.setCell(SHEET, "M4", "金额单位：元"), broken: cells("M4", 1) },
    { name: "a header renamed", edit: (pkg) => pkg.setCell(SHEET, "F5", "资产总额（元）"), broken: cells("F5", 1) },
    {
      name: "a number format that prints 5032000 as 50320000",
      edit: (pkg) => pkg.setNumberFormat(SHEET, "F7", '0"0"'),
      broken: { cells: "", count: 0, printed: "F7" },
    },
    {
      name: "the title's year",
      edit: (pkg) => pkg.setCell(SHEET, "A2", "2022年工业企业质量标杆申报企业统计表"),
      broken: cells("A2", 1),
    },
    { name: "the note under the table edited", edit: (pkg) => pkg.setCell(SHEET, "A16", "注：以上数据已核实。"), broken: cells("A16", 1) },
    {
      name: "a new enterprise typed below the note",
      edit: async (pkg) => {
        await pkg.setCell(SHEET, "A17", 5);
        await pkg.setCell(SHEET, "B17", "浙江吉利控股集团有限公司");
        await pkg.setCell(SHEET, "F17", 2000000);
      },
      broken: cells("A17, B17, F17", 3),
    },
    {
      name: "an extra column beside the data",
      edit: async (pkg) => {
        await pkg.setCell(SHEET, "N5", "评分");
        for (let row = 6; row <= 9; row++) await pkg.setCell(SHEET, `N${row}`, 90 + row);
      },
      broken: cells("N5, N6, N7, N8, N9", 5),
    },
    {
      name: "a second form sheet added after the sealed one",
      edit: (pkg) => pkg.copySheet(SHEET, `${SHEET} (2)`),
      broken: cells(`+${SHEET} (2)`, 0),
    },
    { name: "a data row hidden", edit: (pkg) => pkg.hideRow(SHEET, 7), broken: { cells: "", count: 0, rowsHidden: "7" } },
    {
      name: "a data row dragged to height 0 (no hidden flag)",
      edit: (pkg) => pkg.setRowHeight(SHEET, 8, 0),
      broken: { cells: "", count: 0, rowsHidden: "8" },
    },
    {
      name: "the 资产总额 column dragged to width 0 (no hidden flag)",
      edit: (pkg) => pkg.setColumnWidth(SHEET, 6, 0),
      broken: { cells: "", count: 0, columnsHidden: "F" },
    },
    { name: "the 资产总额 column hidden", edit: (pkg) => pkg.hideColumn(SHEET, 6), broken: { cells: "", count: 0, columnsHidden: "F" } },
    {
      name: "the print area changed",
      edit: (pkg) => pkg.setPrintArea(SHEET, 0, "$A$1:$M$8"),
      broken: { cells: "", count: 0, printArea: "— → A1:M8" },
    },
    {
      name: "the record damaged (a field of the wrong type)",
      edit: (pkg) => pkg.editSealText(replaced('"rowCount":4', '"rowCount":"四"')),
      broken: { cells: "", count: 0, lost: "damaged" },
    },
    {
      name: "the record truncated",
      edit: (pkg) => pkg.editSealText((json) => json.slice(0, Math.floor(json.length / 2))),
      broken: { cells: "", count: 0, lost: "damaged" },
    },
    {
      name: "the record removed, the sheet still protected",
      edit: (pkg) => pkg.removeSealRows(),
      broken: { cells: "", count: 0, lost: "missing" },
    },
    {
      name: "the store sheet deleted, the sheet still protected",
      edit: (pkg) => pkg.removeSheet("qbench_store"),
      broken: { cells: "", count: 0, lost: "missing" },
    },
    {
      name: "a number stored as text where its format prints it otherwise (5,032,000.00 → 5032000)",
      edit: (pkg) => pkg.setCell(SHEET, "F7", "5032000"),
      broken: { cells: "", count: 0, printed: "F7" },
    },
    {
      name: "trailing spaces after an enterprise's name",
      edit: (pkg) => pkg.setCell(SHEET, "B6", `${ZHEJIANG_FORM.rows[0]!.enterprise as string}  `),
      broken: undefined,
    },
    { name: "a number stored as text where it prints the same (序号 1)", edit: (pkg) => pkg.setCell(SHEET, "A6", "1"), broken: undefined },
  ];
}

/** Every cell of the used range typed over (a number one more, else text), and every filled one cleared. */
function cellMutations(record: SealRecord): Mutation[] {
  const out: Mutation[] = [];
  for (let row = 1; row <= LAST_ROW; row++) {
    for (let col = 1; col <= LAST_COL; col++) {
      const address = cellAddress(row, col);
      const sealed = record.snapshot[address];
      const typed = sealed !== undefined && /^\d+(\.\d+)?$/.test(sealed) ? Number(sealed) + 1 : "改动";
      out.push({ name: `${address} typed over`, edit: (pkg) => pkg.setCell(SHEET, address, typed), broken: cells(address, 1) });
      if (sealed !== undefined)
        out.push({ name: `${address} cleared`, edit: (pkg) => pkg.setCell(SHEET, address, null), broken: cells(address, 1) });
    }
  }
  return out;
}

let dir: string;
let record: SealRecord;
let mutations: Mutation[];
let listed: number;
const reports = new Map<string, FileReport>();

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir();
  const form = join(dir, "form.xlsx");
  const sealed = join(dir, "sealed.xlsx");
  // 杭州 for 杭州市 is a warning the unit confirms when it seals, so the record lists one.
  const rows = ZHEJIANG_FORM.rows.map((r, i) => (i === 2 ? { ...r, city: "杭州" } : r));
  await writeWorkbook(filledWorkbook({ ...ZHEJIANG_FORM, rows }).workbook, form);
  const seal = qbench(["seal", form, "-o", sealed, "--unit", UNIT, "--by", "李明", "--confirm-warnings", "--today", "2021-06-20"]);
  expect(seal.stderr).toBe("");
  expect(seal.status).toBe(0);
  const { store, problems } = decodeStore(storeRowsOf((await readWorkbook(sealed)).grids));
  expect(problems).toEqual([]);
  record = store.seal!;
  mutations = [
    { name: "untouched, saved again", edit: async () => {}, broken: undefined },
    ...issueMutations(record),
    ...cellMutations(record),
  ];
  listed = issueMutations(record).length + 1;
  const bytes = readFileSync(sealed);
  const copies = join(dir, "copies");
  mkdirSync(copies);
  for (const [i, mutation] of mutations.entries()) {
    const pkg = await EditedPackage.open(bytes);
    await mutation.edit(pkg);
    writeFileSync(join(dir, copyName(i)), await pkg.bytes());
  }
  const run = qbench(["check", "copies", "--json", "--today", "2021-06-20"], dir);
  expect(run.stderr).toBe("");
  for (const file of JSON.parse(run.stdout).files as FileReport[]) reports.set(file.path, file);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function copyName(index: number): string {
  return join("copies", `${String(index).padStart(3, "0")}.xlsx`);
}

function reportOf(index: number): FileReport {
  const report = reports.get(copyName(index));
  if (report === undefined) throw new Error(`no report for copy ${index}`);
  return report;
}

test("the sealed form confirms a warning, so the record lists one", () => {
  expect(record.confirmedWarnings).toHaveLength(1);
});

test("each copy of the listed changes is a workbook another program opens (exceljs)", async () => {
  for (let i = 0; i < listed; i++) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, copyName(i)));
    expect(wb.getWorksheet(SHEET)?.getCell("B6").text).toContain("杭州海康威视");
  }
});

test("the web page (the shared reader) and the browser preview (exceljs) see a column sized to 0 as hidden too", async () => {
  const bytesOf = (name: string) => new Uint8Array(readFileSync(join(dir, copyName(mutations.findIndex((m) => m.name.startsWith(name))))));
  const dragged = bytesOf("the 资产总额 column dragged to width 0");
  const { grids } = await readWorkbookBytes(dragged, "dragged.xlsx");
  expect(grids.find((g) => g.sheet === SHEET)?.layout?.hiddenColumns).toEqual([6]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(dragged.buffer.slice(dragged.byteOffset, dragged.byteOffset + dragged.byteLength));
  expect([...(sheetsFromExcel(workbook).find((s) => s.name === SHEET)?.hiddenColumns ?? [])]).toEqual([6]);
});

test("every change is a broken seal naming what changed, and nothing else is", () => {
  const outcomes = mutations.map((mutation, i) => {
    const report = reportOf(i);
    const broken = report.issues.filter((issue) => issue.code === "seal-broken");
    const params = broken.map(({ params: p }) => {
      const { sealedAt: _at, sealedBy: _by, ...named } = p ?? {};
      return named;
    });
    return { mutation: mutation.name, seal: report.seal, params, zeroChanges: broken.some((b) => /0 处|0 change/.test(b.message)) };
  });
  const expected = mutations.map((mutation) => ({
    mutation: mutation.name,
    seal: mutation.broken === undefined ? "valid" : "broken",
    params: mutation.broken === undefined ? [] : [mutation.broken],
    zeroChanges: false,
  }));
  expect(outcomes).toEqual(expected);
});
