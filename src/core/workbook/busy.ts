/**
 * The workbook cannot take a request now because the user is editing a cell (Excel:
 * InvalidOperationInCellEditMode). Not a failure to report: the work is done again once the
 * user has left the cell.
 */
export class WorkbookBusyError extends Error {
  constructor() {
    super("正在编辑单元格，请先按 Enter 或 Esc 结束编辑 / a cell is being edited: press Enter or Esc to finish editing first");
    this.name = "WorkbookBusyError";
  }
}

export function isWorkbookBusy(error: unknown): boolean {
  return error instanceof WorkbookBusyError;
}
