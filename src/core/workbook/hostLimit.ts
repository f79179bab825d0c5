/**
 * What the add-in does less well, or not at all, in the Excel it runs in, with the ExcelApi
 * requirement set that would bring it: `workbook` (the required set: nothing can be read or
 * written), `merged-areas` (merged cells read as separate cells), `own-writes` (the clerk's edits
 * in the second after a fix are not recounted).
 */
export type HostFeature = "workbook" | "merged-areas" | "own-writes";

export interface HostLimit {
  readonly feature: HostFeature;
  /** The ExcelApi version that brings the feature, e.g. "1.13". */
  readonly excelApi: string;
}
