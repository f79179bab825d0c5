import { cellAddress } from "../../core/grid/address";
import { regionByName } from "../../core/reference/regions";
import { NATIONAL } from "../../core/reference/region";
import { templateLayout } from "../../core/template/buildLayout";
import { PreviewWorkbook } from "../PreviewWorkbook";
import { SAMPLE_HEADER, SAMPLE_ROWS } from "./sampleRows";

/** A fill the clerk put on a cell by hand, so that the preview shows marks restoring it. */
const CLERKS_OWN_FILL = "#DDEBF7";

/**
 * The workbook the preview opens with: the generated form of `year` for 浙江省, filled with the
 * sample rows, its 时间 set to `today`, and one cell highlighted by the clerk.
 */
export async function sampleWorkbook(year: number, today: Date): Promise<PreviewWorkbook> {
  const book = new PreviewWorkbook();
  const region = regionByName("浙江省") ?? NATIONAL;
  const layout = templateLayout({ year, region, ...SAMPLE_HEADER });
  const sheet = await book.createFormSheet(layout);
  const dateCell = layout.cells.find((c) => c.role === "value" && c.value === `${year}年  月  日`);
  const changes = SAMPLE_ROWS.flatMap((values, r) =>
    values.map((value, c) => ({ sheet, cell: cellAddress(layout.firstDataRow + r, c + 1), value })),
  );
  if (dateCell) {
    const date = `${year}年${today.getMonth() + 1}月${today.getDate()}日`;
    changes.push({ sheet, cell: dateCell.address, value: date });
  }
  await book.writeCells(changes);
  const remark = book.sheet(sheet)?.cells.get(cellAddress(layout.firstDataRow, 13));
  if (remark) remark.style = { ...remark.style, fill: CLERKS_OWN_FILL };
  book.select(sheet, cellAddress(layout.firstDataRow, 1));
  return book;
}
