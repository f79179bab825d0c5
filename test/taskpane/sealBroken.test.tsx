/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import { fireEvent, screen, within } from "@testing-library/react";
import { OfficeWorkbookAdapter } from "../../src/office/OfficeWorkbookAdapter";
import { FakeWorkbook } from "../office/fakeExcel";
import { formSheet, goodRow, SHEET } from "./paneFixtures";
import { clickAndSettle, renderPane } from "./renderPane";

jest.setTimeout(30_000);

/** Seals a two-enterprise form in the pane over the fake Excel, as the clerk does. */
async function sealedInPane() {
  const book = new FakeWorkbook();
  const sheet = book.addSheet(SHEET, formSheet([goodRow(1, "海康"), goodRow(2, "大华")]));
  await renderPane(new OfficeWorkbookAdapter(book.env()));
  fireEvent.click(screen.getByRole("tab", { name: "封存" }));
  fireEvent.change(screen.getByRole("textbox", { name: /封存人/ }), { target: { value: "李明" } });
  await clickAndSettle(screen.getByRole("button", { name: "封存" }));
  return { book, sheet };
}

const changesListed = () =>
  within(screen.getByRole("list", { name: "封存后的改动" }))
    .getAllByRole("listitem")
    .map((li) => li.textContent);

describe("a broken seal in the task pane (over Excel) says what the core found", () => {
  it("lists a hidden row of the sealed sheet", async () => {
    const { sheet } = await sealedInPane();
    sheet.hiddenRows.add(6);
    await clickAndSettle(screen.getByRole("button", { name: "核验封存" }));
    expect(screen.getByText("封存已破坏：封存后有 1 处改动")).toBeInTheDocument();
    expect(changesListed()).toEqual(["行 6 被隐藏"]);
  });

  it("names a renamed sealed sheet by its new name in the 校验 tab, and says the rename broke the seal", async () => {
    const { sheet } = await sealedInPane();
    sheet.name = "2021年申报表";
    fireEvent.click(screen.getByRole("tab", { name: "校验" }));
    await clickAndSettle(screen.getByRole("button", { name: /校验/ }));
    expect(screen.getByText(/^工作表“2021年申报表”已封存并受保护/)).toBeInTheDocument();
    expect(screen.queryByText(new RegExp(`工作表“${SHEET}”已封存`))).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole("tab", { name: "封存" }));
    await clickAndSettle(screen.getByRole("button", { name: "核验封存" }));
    expect(changesListed()).toEqual(["工作表“2021年申报表”是封存后新增的", `工作表“${SHEET}”在封存后被删除或改名`]);
  });

  it("lists a number that prints other text after its number format changed", async () => {
    const { sheet } = await sealedInPane();
    const f6 = sheet.cell(6, 6);
    const value = String(f6.value);
    f6.numberFormat = "0.00";
    await clickAndSettle(screen.getByRole("button", { name: "核验封存" }));
    expect(changesListed()).toEqual([`F6 显示文本改变（值未变，数字格式变了）：封存时显示“${value}”，现在显示“${value}.00”`]);
  });
});
