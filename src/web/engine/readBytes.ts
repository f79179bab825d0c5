import ExcelJS from "exceljs";
import type { Grid } from "../../core/grid/grid";
import { cellValueOf } from "../../xlsx/cellValue";
import { exceljsFormat } from "../../xlsx/exceljsFormat";
import { exceljsLayout } from "../../xlsx/exceljsLayout";
import { CellBudget, DEFAULT_READ_LIMITS, GridBuilder } from "../../xlsx/gridBuilder";
import { parseRange } from "../../core/grid/range";
import { Unreadable } from "../../xlsx/unreadable";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** What the page can say about a file it cannot open, in both languages (docs/domain/bad-input.md#unreadable-files). */
function notWorkbook(bytes: Uint8Array): Unreadable {
  if (bytes.length === 0) return new Unreadable("empty", "文件为空（0 字节）", "the file is empty (0 bytes)");
  if (startsWith(bytes, CFB))
    return new Unreadable(
      "legacy",
      "旧版 .xls/.et 文件或加密的工作簿：网页暂不能读取，请在 Excel 或 WPS 中另存为 .xlsx 后再拖入",
      "a legacy .xls/.et file or an encrypted workbook: the page cannot read it yet; save it as .xlsx in Excel or WPS and drop it again",
    );
  return new Unreadable("not-workbook", "不是 .xlsx 工作簿", "not an .xlsx workbook");
}

/** An opened workbook as grids: each sheet's values and number formats as the core sees them, its merged areas and its page layout. */
export function gridsOf(workbook: ExcelJS.Workbook): Grid[] {
  const budget = new CellBudget(DEFAULT_READ_LIMITS.maxCells);
  const date1904 = workbook.properties.date1904 === true;
  return workbook.worksheets.map((ws) => {
    const builder = new GridBuilder(budget);
    ws.eachRow((row, r) => row.eachCell((cell, c) => builder.set(r, c, cellValueOf(cell, date1904), exceljsFormat(cell.numFmt))));
    const merges = (ws.model.merges ?? []).flatMap((ref) => parseRange(ref) ?? []);
    return builder.build(ws.name, merges, exceljsLayout(ws)).grid;
  });
}

/** Opens the bytes of a dropped file; anything that is not a readable .xlsx throws an `Unreadable`. */
export async function openWorkbookBytes(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  if (!startsWith(bytes, ZIP)) throw notWorkbook(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (e) {
    const detail = e instanceof Error ? e.message.split("\n")[0]! : String(e);
    throw new Unreadable("corrupt", `文件已损坏，内容无法解析（${detail}）`, `the file is damaged and cannot be parsed (${detail})`);
  }
  return workbook;
}
