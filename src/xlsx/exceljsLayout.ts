import type ExcelJS from "exceljs";
import type { SheetLayout } from "../core/grid/grid";
import { isOutOfSight } from "../core/grid/outOfSight";
import { parsePrintArea } from "../core/grid/range";

/** What exceljs keeps on a worksheet but does not declare in its types. */
interface WorksheetInternals {
  sheetProtection?: { sheet?: boolean } | null;
}

/**
 * A worksheet's hidden rows and columns, print area and protection as exceljs read them (the web
 * page and the browser preview open workbooks with exceljs), for the seal to compare with the
 * other readers. exceljs joins several print areas with `&&`.
 */
export function exceljsLayout(ws: ExcelJS.Worksheet): SheetLayout {
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: true }, (row, number) => {
    // exceljs drops a row height of 0 as it reads (its Row keeps only a truthy height): only the flag is left to see.
    if (row.hidden) hiddenRows.push(number);
  });
  const hiddenColumns: number[] = [];
  for (let col = 1; col <= ws.columnCount; col++) {
    const column = ws.getColumn(col);
    if (isOutOfSight(column.hidden, column.width)) hiddenColumns.push(col);
  }
  const area = ws.pageSetup?.printArea;
  const printArea = typeof area === "string" && area !== "" ? parsePrintArea(area.split("&&").join(",")) : undefined;
  return {
    hiddenRows,
    hiddenColumns,
    ...(printArea === undefined ? {} : { printArea }),
    protected: (ws as unknown as WorksheetInternals).sheetProtection?.sheet === true,
  };
}
