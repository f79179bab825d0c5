import { cellAddress, parseAddress } from "../../src/core/grid/address";
import { describeSeal, type SealCheck } from "../../src/core/seal";
import { STORE_SHEET } from "../../src/core/workbook";
import type { PaneController } from "../../src/taskpane/state/PaneController";
import { FakeSheet, FakeWorkbook } from "../office/fakeExcel";
import { formBook, SHEET, sealedPane } from "./addinForm";
jest.setTimeout(120_000);

/**
 * Issue 13's mutation test through the add-in: the task pane seals a filled form in the fake
 * Excel, the clerk lifts the sheet's protection (no password) and makes one change through what
 * Excel offers (typing, a number format, hiding, the print area, a copied sheet) — or someone edits
 * the very hidden store — and the pane's 核验 reports the seal broken, naming that change.
 */
/** Title to note: the header row 5, four data rows 6–9, the note on row 10; 13 columns. */
const LAST_ROW = 10;
const LAST_COL = 13;

/** The clerk's 撤销工作表保护 (the pane seals without a password), then typing. */
function typeInto(book: FakeWorkbook, address: string, text: string): void {
  book.sheet(SHEET).protection = undefined;
  book.userEdit(SHEET, address, text);
}

function formatCell(book: FakeWorkbook, address: string, numberFormat: string): void {
  const sheet = book.sheet(SHEET);
  sheet.protection = undefined;
  const at = parseAddress(address)!;
  sheet.put(at.row, at.col, { ...sheet.cell(at.row, at.col), numberFormat });
}

/** Someone who unhid the store edits the record's text in its cell (the record is one chunk here). */
function editRecord(book: FakeWorkbook, change: (json: string) => string): void {
  const chunks = [...book.sheet(STORE_SHEET).cells.values()].filter((c) => typeof c.value === "string" && c.value.startsWith('{"version"'));
  expect(chunks).toHaveLength(1);
  const before = chunks[0]!.value as string;
  chunks[0]!.value = change(before);
  expect(chunks[0]!.value).not.toBe(before);
}

const replaced = (from: string, to: string) => (text: string) => text.replace(from, to);

/** Excel's 移动或复制 → 建立副本: the form sheet copied into a new tab right after it, unprotected. */
function copySheet(book: FakeWorkbook, name: string): void {
  const source = book.sheet(SHEET);
  const copy = book.addSheet(name);
  for (const [key, cell] of source.cells) copy.cells.set(key, { ...cell });
  book.sheets.splice(book.sheets.indexOf(copy), 1);
  book.sheets.splice(book.sheets.indexOf(source) + 1, 0, copy);
}

function removeStoreRows(book: FakeWorkbook, key: string): void {
  const store = book.sheet(STORE_SHEET);
  const rows = [...store.cells.entries()].filter(([k, c]) => k.endsWith(",1") && c.value === key).map(([k]) => k.split(",")[0]);
  expect(rows.length).toBeGreaterThan(0);
  for (const k of [...store.cells.keys()]) if (rows.includes(k.split(",")[0])) store.cells.delete(k);
}

function removeSheet(book: FakeWorkbook, sheet: FakeSheet): void {
  book.sheets.splice(book.sheets.indexOf(sheet), 1);
}

interface Mutation {
  readonly name: string;
  readonly apply: (book: FakeWorkbook) => void;
  /** What the broken seal names (its issue's params, sealedAt and sealedBy aside); undefined: the seal holds. */
  readonly broken: Record<string, unknown> | undefined;
}

const cells = (names: string, count: number) => ({ cells: names, count });
const RECORD_CHANGED = { cells: "", count: 0, record: "changed" };

function issueMutations(): Mutation[] {
  const field = (name: string, from: string, to: string): Mutation => ({
    name: `record ${name}`,
    apply: (book) => editRecord(book, replaced(from, to)),
    broken: RECORD_CHANGED,
  });
  return [
    field("sealedBy", '"sealedBy":"李明"', '"sealedBy":"王五"'),
    field("sealedAt", '"sealedAt":"2021-', '"sealedAt":"2020-'),
    field("unit", '"unit":"浙江省经济和信息化厅"', '"unit":"宁波市经济和信息化局"'),
    field("year", '"year":2021', '"year":2022'),
    field("rowCount", '"rowCount":4', '"rowCount":3'),
    field("confirmedWarnings", '"confirmedWarnings":[{', '"confirmedWarnings":[{"code":"city-unknown","row":8},{'),
    field("quotaUsed", '"quotaUsed":[]', '"quotaUsed":[{"label":"浙江省","used":4,"limit":5}]'),
    { name: "金额单位 changed", apply: (book) => typeInto(book, "M4", "金额单位：元"), broken: cells("M4", 1) },
    { name: "a header renamed", apply: (book) => typeInto(book, "F5", "资产总额（元）"), broken: cells("F5", 1) },
    {
      name: "a number format that prints 5032000 as 50320000",
      apply: (book) => formatCell(book, "F8", '0"0"'),
      broken: { ...cells("", 0), printed: "F8" },
    },
    { name: "the title's year", apply: (book) => typeInto(book, "A2", "2022年工业企业质量标杆申报企业统计表"), broken: cells("A2", 1) },
    { name: "the note under the table edited", apply: (book) => typeInto(book, "A10", "注：以上数据已核实。"), broken: cells("A10", 1) },
    {
      name: "a new enterprise typed below the note",
      apply: (book) => {
        typeInto(book, "A11", "5");
        typeInto(book, "B11", "浙江吉利控股集团有限公司");
        typeInto(book, "F11", "2000000");
      },
      broken: cells("A11, B11, F11", 3),
    },
    {
      name: "an extra column beside the data",
      apply: (book) => {
        typeInto(book, "N5", "评分");
        for (let row = 6; row <= 9; row++) typeInto(book, `N${row}`, String(90 + row));
      },
      broken: cells("N5, N6, N7, N8, N9", 5),
    },
    {
      name: "a second form sheet added after the sealed one",
      apply: (book) => copySheet(book, `${SHEET} (2)`),
      broken: cells(`+${SHEET} (2)`, 0),
    },
    {
      name: "a data row hidden",
      apply: (book) => {
        book.sheet(SHEET).protection = undefined;
        book.sheet(SHEET).hiddenRows.add(7);
      },
      broken: { ...cells("", 0), rowsHidden: "7" },
    },
    {
      name: "the 资产总额 column hidden",
      apply: (book) => {
        book.sheet(SHEET).protection = undefined;
        book.sheet(SHEET).hiddenColumns.add(6);
      },
      broken: { ...cells("", 0), columnsHidden: "F" },
    },
    {
      name: "the print area changed",
      apply: (book) => {
        book.sheet(SHEET).protection = undefined;
        book.sheet(SHEET).printArea = [{ top: 1, left: 1, bottom: 8, right: 13 }];
      },
      broken: { ...cells("", 0), printArea: "— → A1:M8" },
    },
    {
      name: "the record damaged (a field of the wrong type)",
      apply: (book) => editRecord(book, replaced('"rowCount":4', '"rowCount":"四"')),
      broken: { ...cells("", 0), lost: "damaged" },
    },
    {
      name: "the record truncated",
      apply: (book) => editRecord(book, (json) => json.slice(0, Math.floor(json.length / 2))),
      broken: { ...cells("", 0), lost: "damaged" },
    },
    {
      name: "the record removed, the sheet still protected",
      apply: (book) => removeStoreRows(book, "seal"),
      broken: { ...cells("", 0), lost: "missing" },
    },
    {
      name: "the store sheet deleted, the sheet still protected",
      apply: (book) => removeSheet(book, book.sheet(STORE_SHEET)),
      broken: { ...cells("", 0), lost: "missing" },
    },
    {
      name: "a number stored as text where its format prints it otherwise",
      apply: (book) => typeInto(book, "F8", "'5032000"),
      broken: { ...cells("", 0), printed: "F8" },
    },
    {
      name: "trailing spaces after an enterprise's name",
      apply: (book) => typeInto(book, "B6", "杭州海康威视数字技术股份有限公司  "),
      broken: undefined,
    },
    { name: "a number stored as text where it prints the same (序号 1)", apply: (book) => typeInto(book, "A6", "'1"), broken: undefined },
  ];
}

/** Every cell of the used range typed over (a number one more, else text), and every filled one cleared. */
function cellMutations(sheet: FakeSheet): Mutation[] {
  const out: Mutation[] = [];
  for (let row = 1; row <= LAST_ROW; row++) {
    for (let col = 1; col <= LAST_COL; col++) {
      const address = cellAddress(row, col);
      const cell = sheet.peek(row, col);
      const filled = cell !== undefined && cell.type !== "Empty";
      const typed = filled && typeof cell.value === "number" ? String(cell.value + 1) : "改动";
      out.push({ name: `${address} typed over`, apply: (book) => typeInto(book, address, typed), broken: cells(address, 1) });
      if (filled) out.push({ name: `${address} cleared`, apply: (book) => typeInto(book, address, ""), broken: cells(address, 1) });
    }
  }
  return out;
}

interface Outcome {
  readonly mutation: string;
  readonly state: SealCheck["state"] | undefined;
  readonly params: readonly Record<string, unknown>[];
  readonly zeroChanges: boolean;
}

/** The pane's 核验 after one change to a freshly sealed workbook: the seal's state and what its issue names, and whether it says "0 changes". */
async function verifiedAfter(mutation: Mutation): Promise<Outcome> {
  const book = formBook();
  const pane = await sealedPane(book);
  mutation.apply(book);
  return verifiedBy(pane, mutation);
}

async function verifiedBy(pane: PaneController, mutation: Mutation): Promise<Outcome> {
  await pane.verify();
  const seal = pane.getState().analysis?.seal;
  const params = (seal?.issues ?? [])
    .filter((i) => i.code === "seal-broken")
    .map((i) => {
      const { sealedAt: _at, sealedBy: _by, ...named } = i.params as Record<string, unknown>;
      return named;
    });
  const lines = seal === undefined || seal.state === "none" ? [] : [describeSeal(seal, "en").headline, ...describeSeal(seal, "en").changes];
  return { mutation: mutation.name, state: seal?.state, params, zeroChanges: lines.some((l) => /\b0 changes?\b/.test(l)) };
}

const expected = (m: Mutation): Outcome => ({
  mutation: m.name,
  state: m.broken === undefined ? "valid" : "broken",
  params: m.broken === undefined ? [] : [m.broken],
  zeroChanges: false,
});

test("each change listed in issue 13 is a broken seal in the pane, naming it; a trailing space and a number as text are not", async () => {
  const mutations = [{ name: "untouched", apply: () => {}, broken: undefined }, ...issueMutations()];
  const outcomes: Outcome[] = [];
  for (const m of mutations) outcomes.push(await verifiedAfter(m));
  expect(outcomes).toEqual(mutations.map(expected));
});

test("every cell of the used range, typed over or cleared, is a broken seal in the pane naming exactly that cell", async () => {
  // One seal, each change undone after its check (the cell put back as it was), to keep it quick.
  const book = formBook();
  const pane = await sealedPane(book);
  const sheet = book.sheet(SHEET);
  const mutations = cellMutations(sheet);
  const outcomes: Outcome[] = [];
  for (const m of mutations) {
    const at = parseAddress(m.name.split(" ")[0]!)!;
    const before = sheet.peek(at.row, at.col);
    m.apply(book);
    outcomes.push(await verifiedBy(pane, m));
    if (before === undefined) sheet.cells.delete(`${at.row},${at.col}`);
    else sheet.put(at.row, at.col, before);
  }
  expect(outcomes).toEqual(mutations.map(expected));
  expect((await verifiedBy(pane, { name: "every change undone", apply: () => {}, broken: undefined })).state).toBe("valid");
});
