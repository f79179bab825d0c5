import { formSpec } from "../../src/core/form/formSpec";
import { warningKey } from "../../src/core/seal";
import { OfficeWorkbookAdapter } from "../../src/office/OfficeWorkbookAdapter";
import { createPaneController, type PaneController } from "../../src/taskpane/state/PaneController";
import { FakeWorkbook } from "../office/fakeExcel";
import { cleanRow, FORM_HEADINGS, headerBlockRow } from "../helpers/formRows";

/** A filled 2021 form in the fake Excel, as a clerk has it before sealing, and the task pane sealing it. */
export const SHEET = "申报企业统计表";
export const SEALED_ON = new Date(Date.UTC(2021, 5, 20));
const MONEY_FORMAT = "#,##0.00";

/** The form sheet added to `book`: title, header block, 金额单位, headings, four enterprises in a money format, the note. */
export function addFormSheet(book: FakeWorkbook): void {
  const sheet = book.addSheet(SHEET, [
    ["附件3"],
    ["2021年工业企业质量标杆申报企业统计表"],
    headerBlockRow(new Date(Date.UTC(2021, 5, 10))),
    [...Array<null>(12).fill(null), "金额单位：万元"],
    [...FORM_HEADINGS],
    cleanRow(1, "杭州海康威视数字技术股份有限公司"),
    // 杭州 for 杭州市 is a warning the clerk confirms before sealing, so the record lists one.
    cleanRow(2, "浙江正泰电器股份有限公司", { city: "杭州" }),
    cleanRow(3, "万向钱潮股份有限公司", { money: [5032000, 3867000, 620000, 451000] }),
    cleanRow(4, "浙江新和成股份有限公司"),
    [formSpec(2021).note],
  ]);
  for (let row = 6; row <= 9; row++)
    for (let col = 6; col <= 9; col++) sheet.put(row, col, { ...sheet.cell(row, col), numberFormat: MONEY_FORMAT });
}

export function formBook(): FakeWorkbook {
  const book = new FakeWorkbook({ apiVersion: "1.13" });
  addFormSheet(book);
  return book;
}

/** The pane checks the workbook, the clerk confirms every warning, and seals as 李明 without a password. */
export async function sealedPane(book: FakeWorkbook): Promise<PaneController> {
  const pane = createPaneController({
    adapter: new OfficeWorkbookAdapter(book.env()),
    lang: "en",
    toolVersion: "test",
    today: () => SEALED_ON,
  });
  await sealAsClerk(pane);
  return pane;
}

/** The clerk's sealing in a pane: check, confirm every warning, seal as 李明 without a password. */
export async function sealAsClerk(pane: PaneController): Promise<void> {
  await pane.runCheck();
  for (const w of pane.readiness()?.warningsToConfirm ?? []) pane.confirmWarning(warningKey(w), true);
  pane.setSealedBy("李明");
  await pane.seal("");
  expect(pane.getState().error).toBeUndefined();
}
