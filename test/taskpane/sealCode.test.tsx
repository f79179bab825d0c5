/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { PAGE_SECTION } from "../../src/core/seal/footer";
import { sealCodeOf } from "../../src/core/seal/code";
import { decodeStore } from "../../src/core/storage";
import { STORE_SHEET } from "../../src/core/workbook";
import { OfficeWorkbookAdapter } from "../../src/office/OfficeWorkbookAdapter";
import { FakeWorkbook, type FakeSheet } from "../office/fakeExcel";
import { formSheet, goodRow, SHEET } from "./paneFixtures";
import { clickAndSettle, renderPane } from "./renderPane";

jest.setTimeout(30_000);

/** The clerk's workbook in the fake Excel: the form, with a footer of the clerk's own. */
function clerkBook(footer = { left: "内部资料", center: "机密", right: "&D" }): { book: FakeWorkbook; sheet: FakeSheet } {
  const book = new FakeWorkbook();
  const sheet = book.addSheet(SHEET, formSheet([goodRow(1, "海康"), goodRow(2, "大华")]));
  sheet.footers.default = { ...footer };
  return { book, sheet };
}

function storedSeal(book: FakeWorkbook) {
  const store = book.sheet(STORE_SHEET);
  const rows: string[][] = [];
  for (const [key, cell] of store.cells) {
    const [r, c] = key.split(",").map(Number) as [number, number];
    (rows[r - 1] ??= [])[c - 1] = String(cell.value);
  }
  return decodeStore(rows.map((r) => Array.from(r, (v) => v ?? ""))).store.seal!;
}

const tab = (name: string) => fireEvent.click(screen.getByRole("tab", { name }));

async function sealInPane(book: FakeWorkbook): Promise<string> {
  await renderPane(new OfficeWorkbookAdapter(book.env()));
  tab("封存");
  fireEvent.change(screen.getByRole("textbox", { name: /封存人/ }), { target: { value: "李明" } });
  await clickAndSettle(screen.getByRole("button", { name: "封存" }));
  return sealCodeOf(storedSeal(book).digest);
}

async function checkPaper(typed: string): Promise<string> {
  fireEvent.change(screen.getByRole("textbox", { name: /核对纸质表上的封存码/ }), { target: { value: typed } });
  await clickAndSettle(screen.getByRole("button", { name: "核对" }));
  return screen.getByRole("status").textContent ?? "";
}

async function unsealInPane(): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: "解除封存" }));
  await screen.findByRole("alertdialog");
  await clickAndSettle(screen.getByRole("button", { name: "确认解除" }));
}

describe("the seal code in the task pane (over Excel)", () => {
  it("writes the code into the footer of every page, shows it, and gives the clerk's footer back exactly on unsealing", async () => {
    const { book, sheet } = clerkBook();
    const code = await sealInPane(book);

    expect(sheet.footers.default.left).toBe(`封存码 ${code} · 浙江省经济和信息化厅 · 李明 · 2021-06-01 08:00（北京时间） · 共 2 家`);
    expect(sheet.footers.default).toMatchObject({ center: "机密", right: PAGE_SECTION });
    expect(screen.getByLabelText("封存码")).toHaveTextContent(code);
    expect(screen.getByText(`统计表已封存并保护，封存码 ${code}`)).toBeInTheDocument();

    await unsealInPane();
    expect(sheet.footers.default).toEqual({ left: "内部资料", center: "机密", right: "&D" });
    expect(sheet.protection).toBeUndefined();
  });

  it("fits Excel's 255 characters when the clerk's centre is long, and restores that centre on unsealing", async () => {
    const long = "本表仅供质量标杆推荐使用".repeat(16);
    const { book, sheet } = clerkBook({ left: "", center: long, right: "" });
    const code = await sealInPane(book);
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(sheet.footers.default).toMatchObject({ center: "", right: PAGE_SECTION });
    expect(sheet.footers.default.left).toContain(code);

    await unsealInPane();
    expect(sheet.footers.default).toEqual({ left: "", center: long, right: "" });
  });

  it("seals the odd and the even pages' footers when the sheet gives them their own", async () => {
    const { book, sheet } = clerkBook();
    sheet.headerFooterState = "OddAndEven";
    sheet.footers.even = { left: "", center: "偶数页", right: "" };
    const code = await sealInPane(book);
    expect(sheet.footers.odd.left).toContain(code);
    expect(sheet.footers.even).toMatchObject({ center: "偶数页", right: PAGE_SECTION });
    expect(sheet.footers.even.left).toContain(code);
    expect(sheet.footers.default).toEqual({ left: "内部资料", center: "机密", right: "&D" });
  });

  it("takes the code from the paper: a match, a typo, another seal's code, and a file changed after sealing", async () => {
    const { book } = clerkBook();
    const code = await sealInPane(book);

    expect(await checkPaper(` ${code.toLowerCase().replace(/-/g, " ")} `)).toBe("与纸质表上的封存码一致：本文件即所盖章的那份表");
    const swapped = code.slice(0, 1) === code.slice(1, 2) ? code.replace(/^(.)(.)(.)/, "$1$3$2") : code.replace(/^(.)(.)/, "$2$1");
    expect(await checkPaper(swapped)).toMatch(/^不是有效的封存码.*可能抄错了/);
    const other = sealCodeOf("0".repeat(64));
    expect(await checkPaper(other)).toBe(`与纸质表上的封存码不一致：文件在打印后被改动或重新封存过。本文件的封存码是 ${code}`);

    book.sheet(SHEET).protection = undefined;
    await act(async () => book.userEdit(SHEET, "F6", "13000"));
    expect(await checkPaper(code)).toBe("封存码是本文件的，但封存已破坏：文件在封存后被改动过");
    expect(within(screen.getByRole("list", { name: "封存后的改动" })).getByText(/F6/)).toBeInTheDocument();
  });
});
