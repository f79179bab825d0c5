/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import { fireEvent, screen } from "@testing-library/react";
import { decodeStore, encodeStore } from "../../src/core/storage";
import { STORE_SHEET } from "../../src/core/workbook";
import { OfficeWorkbookAdapter } from "../../src/office/OfficeWorkbookAdapter";
import { excelProtectionOptions, FakeWorkbook, NO_FILL, type FakeSheet } from "../office/fakeExcel";
import { formSheet, goodRow, SHEET } from "./paneFixtures";
import { clickAndSettle, renderPane } from "./renderPane";

jest.setTimeout(30_000);

/** What Excel's 保护工作表 dialog sets as it opens: selecting cells, nothing else. */
const BY_HAND = excelProtectionOptions();

function clerkBook(): { book: FakeWorkbook; sheet: FakeSheet } {
  const book = new FakeWorkbook();
  const sheet = book.addSheet(SHEET, formSheet([goodRow(1, "海康"), goodRow(2, "大华")]));
  return { book, sheet };
}

function storeOf(book: FakeWorkbook) {
  const store = book.sheet(STORE_SHEET);
  const rows: string[][] = [];
  for (const [key, cell] of store.cells) {
    const [r, c] = key.split(",").map(Number) as [number, number];
    (rows[r - 1] ??= [])[c - 1] = String(cell.value);
  }
  return decodeStore(rows.map((r) => Array.from(r, (v) => v ?? ""))).store;
}

async function seal(book: FakeWorkbook): Promise<void> {
  await renderPane(new OfficeWorkbookAdapter(book.env()));
  fireEvent.click(screen.getByRole("tab", { name: "封存" }));
  fireEvent.change(screen.getByRole("textbox", { name: /封存人/ }), { target: { value: "李明" } });
  await clickAndSettle(screen.getByRole("button", { name: "封存" }));
}

async function unseal(): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: "解除封存" }));
  await screen.findByRole("alertdialog");
  await clickAndSettle(screen.getByRole("button", { name: "确认解除" }));
}

describe("the sheet's own protection, in the task pane (over Excel)", () => {
  it("gives way to the seal's and comes back, options and all, on unsealing", async () => {
    const { book, sheet } = clerkBook();
    sheet.protection = { password: "", options: BY_HAND };
    await seal(book);
    expect(storeOf(book).seal).toBeDefined();
    expect(sheet.protection?.options).toMatchObject({ allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true });
    expect(storeOf(book).protectionBeforeSeal).toMatchObject({ sheet: SHEET, protection: { formatColumns: false, selection: "Normal" } });

    await unseal();
    expect(sheet.protection).toEqual({ password: "", options: BY_HAND });
    expect(screen.getByText("已解除封存，工作表恢复了封存前的保护（可选择的操作与原来相同）")).toBeInTheDocument();
  });

  it("an unprotected sheet is unprotected again after unsealing", async () => {
    const { book, sheet } = clerkBook();
    await seal(book);
    expect(sheet.protection).toBeDefined();
    await unseal();
    expect(sheet.protection).toBeUndefined();
    expect(screen.getByText("已解除封存")).toBeInTheDocument();
  });

  it("refuses to seal a sheet protected with a password it does not know, and says how to lift it; nothing is written", async () => {
    const { book, sheet } = clerkBook();
    sheet.protection = { password: "clerk", options: BY_HAND };
    await seal(book);
    expect(
      screen.getByText(/已设有密码保护，加载项不知道密码，无法在封存前取消它。请先在“审阅 → 撤消工作表保护”中输入密码/),
    ).toBeInTheDocument();
    expect(sheet.protection).toEqual({ password: "clerk", options: BY_HAND });
    expect(book.sheets.some((s) => s.name === STORE_SHEET) ? storeOf(book).seal : undefined).toBeUndefined();
    expect(sheet.footers.default.left).not.toContain("封存码");
  });

  it("unsealing a seal made on the file over a password-protected sheet restores the protection and says the password could not be", async () => {
    const { book, sheet } = clerkBook();
    sheet.protection = { password: "", options: BY_HAND };
    await seal(book);
    // As `qbench seal` keeps it: the clerk's element had a password hash.
    const store = storeOf(book);
    book.sheet(STORE_SHEET).cells.clear();
    const rows = encodeStore({ ...store, protectionBeforeSeal: { ...store.protectionBeforeSeal!, password: true } });
    rows.forEach((r, i) =>
      r.forEach((v, c) => book.sheet(STORE_SHEET).put(i + 1, c + 1, { value: v, type: "String", numberFormat: "@", fill: { ...NO_FILL } })),
    );
    await unseal();
    expect(sheet.protection).toEqual({ password: "", options: BY_HAND });
    expect(screen.getByText(/但没有密码：原来的保护密码只保存在文件里/)).toBeInTheDocument();
  });
});
