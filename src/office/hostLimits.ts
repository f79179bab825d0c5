import type { HostLimit } from "../core/workbook";
import { TRIGGER_SOURCE_EXCEL_API } from "./changes";
import { MERGED_AREAS_EXCEL_API, REQUIRED_EXCEL_API } from "./host";

/** Each feature and the ExcelApi version it needs, checked at run time (Office's runtime requirement check). */
const FEATURES: readonly HostLimit[] = [
  { feature: "workbook", excelApi: REQUIRED_EXCEL_API },
  { feature: "merged-areas", excelApi: MERGED_AREAS_EXCEL_API },
  { feature: "own-writes", excelApi: TRIGGER_SOURCE_EXCEL_API },
];

/**
 * The features this Excel lacks, by `isSetSupported("ExcelApi", version)`. Microsoft's
 * requirement-set article says an add-in whose manifest asks for a set does not run where the set
 * is missing, so "workbook" should never be reported by Excel that honours manifest.xml's
 * ExcelApi 1.9; it is still checked because nothing is said of hosts that open the page otherwise.
 */
export function hostLimits(supports: (excelApi: string) => boolean): HostLimit[] {
  return FEATURES.filter((f) => !supports(f.excelApi));
}
