import ExcelJS from "exceljs";
import type { FooterSections } from "../../src/core/seal/footer";
import { rangeAddress } from "../../src/core/grid/range";
import type { FakeCell, FakeSheet, FakeWorkbook } from "../office/fakeExcel";

/**
 * The fake Excel's workbook saved as a .xlsx, as Excel's 保存 writes what the add-in left in it:
 * every sheet in tab order with its visibility, each cell's value as its type holds it (a formula
 * with its cached result) and its number format, merges, hidden rows and columns, the print area,
 * the protection and the footers. Fills and widths are left out: no reader of the seal looks at them.
 */
export async function fakeWorkbookAsXlsx(book: FakeWorkbook): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of book.sheets) await addSheet(workbook, sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const STATE = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;

function valueOf(cell: FakeCell): ExcelJS.CellValue {
  const value = cell.type === "Error" ? ({ error: cell.value } as ExcelJS.CellErrorValue) : cell.value;
  if (cell.formula !== undefined) return { formula: cell.formula.replace(/^=/, ""), result: value };
  return value;
}

/** A footer as stored: each non-empty section behind its code. */
function footerText(sections: FooterSections): string {
  return [
    ["&L", sections.left],
    ["&C", sections.center],
    ["&R", sections.right],
  ]
    .filter(([, text]) => text !== "")
    .map(([code, text]) => `${code}${text}`)
    .join("");
}

async function addSheet(workbook: ExcelJS.Workbook, sheet: FakeSheet): Promise<void> {
  const ws = workbook.addWorksheet(sheet.name, { state: STATE[sheet.visibility] });
  for (const [key, cell] of sheet.cells) {
    if (cell.type === "Empty" && cell.formula === undefined) continue;
    const [row, col] = key.split(",").map(Number) as [number, number];
    const target = ws.getCell(row, col);
    target.value = valueOf(cell);
    if (cell.numberFormat !== "General") target.numFmt = cell.numberFormat;
  }
  for (const m of sheet.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  for (const row of sheet.hiddenRows) ws.getRow(row).hidden = true;
  for (const col of sheet.hiddenColumns) ws.getColumn(col).hidden = true;
  if (sheet.printArea !== undefined) ws.pageSetup.printArea = sheet.printArea.map(rangeAddress).join("&&");
  const state = sheet.headerFooterState;
  const odd = state === "OddAndEven" || state === "FirstOddAndEven";
  const first = state === "FirstAndDefault" || state === "FirstOddAndEven";
  ws.headerFooter = {
    oddFooter: footerText(odd ? sheet.footers.odd : sheet.footers.default),
    ...(odd ? { differentOddEven: true, evenFooter: footerText(sheet.footers.even) } : {}),
    ...(first ? { differentFirst: true, firstFooter: footerText(sheet.footers.first) } : {}),
  };
  if (sheet.protection !== undefined) await ws.protect(sheet.protection.password, { formatRows: true, formatColumns: true });
}
