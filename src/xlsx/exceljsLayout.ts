import type ExcelJS from "exceljs";
import type { SheetLayout } from "../core/grid/grid";
import { isOutOfSight } from "../core/grid/outOfSight";
import { parsePrintArea } from "../core/grid/range";
import { allowancesOfSheetProtection, type ProtectionAllowances } from "../core/seal/protection";

/** What exceljs keeps on a worksheet but does not declare in its types. */
interface WorksheetInternals {
  /** exceljs's reading of `<sheetProtection>`: each action `true` where allowed; objects, scenarios and selecting `false` where prevented. */
  sheetProtection?: Partial<Record<string, boolean | string | number>> | null;
}

/** The allowances from exceljs's model, through the one reading of the element's attributes. */
function protectionOf(model: WorksheetInternals["sheetProtection"]): ProtectionAllowances | undefined {
  if (model?.sheet !== true) return undefined;
  const inverted = new Set(["objects", "scenarios", "selectLockedCells", "selectUnlockedCells"]);
  return allowancesOfSheetProtection((name) => {
    if (name === "sheet") return "1";
    const value = model[name];
    if (value === undefined) return undefined;
    return inverted.has(name) ? (value === false ? "1" : "0") : value === true ? "0" : "1";
  });
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
  const layout: SheetLayout = {
    hiddenRows,
    hiddenColumns,
    ...(printArea === undefined ? {} : { printArea }),
  };
  const protection = protectionOf((ws as unknown as WorksheetInternals).sheetProtection);
  return protection === undefined ? layout : { ...layout, protection };
}
