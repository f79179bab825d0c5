export type { AppliedChange, CellChange, CellMark, WorkbookAdapter, WorkbookChange } from "./WorkbookAdapter";
export { MARK_FILL } from "./markFill";
export { STORE_SHEET, storeRowsOf } from "./storeSheet";
export type { FileKind, LegacyKind } from "./fileKind";
export { isWorkbookBusy, WorkbookBusyError } from "./busy";
export { noSuchSheet, SHEET_READ_MAX_CELLS, sheetTooLarge } from "./sheetRead";
export { cleanSheetName, freeSheetName, MAX_SHEET_NAME, sheetNameRefusal, type SheetNameRefusal } from "./sheetName";
export type { HostFeature, HostLimit } from "./hostLimit";
export { workbookMimeType, XLSM_MIME_TYPE, XLSX_MIME_TYPE } from "./mimeType";
