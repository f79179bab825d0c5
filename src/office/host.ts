/**
 * The Office host layer (as Script Lab keeps it): readiness, which host we run in, the display
 * language and requirement-set checks. Nothing here touches a workbook.
 */

export type HostKind = "excel" | "other-office" | "browser";

export interface HostInfo {
  readonly kind: HostKind;
  /** Office's platform name (PC, Mac, OfficeOnline …), empty outside Office. */
  readonly platform: string;
  /** BCP 47 tag of Office's UI language, or the browser's when Office is absent. */
  readonly displayLanguage: string;
}

/** True when office.js has been loaded into the page (it defines the global `Office`). */
export function officeLoaded(): boolean {
  return typeof Office !== "undefined" && typeof Office.onReady === "function";
}

function browserLanguage(): string {
  return typeof navigator !== "undefined" && navigator.language ? navigator.language : "zh-CN";
}

/**
 * Resolves once Office has initialised the add-in. Outside Office (a plain browser tab, a test)
 * it resolves at once with kind "browser", so callers never hang waiting for a host that is absent.
 */
export async function whenOfficeReady(): Promise<HostInfo> {
  if (!officeLoaded()) return { kind: "browser", platform: "", displayLanguage: browserLanguage() };
  const info = await Office.onReady();
  const kind: HostKind = info.host === Office.HostType.Excel ? "excel" : info.host ? "other-office" : "browser";
  const displayLanguage = Office.context?.displayLanguage || browserLanguage();
  return { kind, platform: info.platform ? String(info.platform) : "", displayLanguage };
}

/** Whether the running Excel implements ExcelApi `version` (e.g. "1.13"); false outside Office. */
export function supportsExcelApi(version: string): boolean {
  if (!officeLoaded()) return false;
  const requirements = Office.context?.requirements;
  return requirements !== undefined && requirements.isSetSupported("ExcelApi", version);
}

/** The API sets this add-in needs (matching manifest.xml) and the later ones it uses when present. */
export const REQUIRED_EXCEL_API = "1.9";
export const MERGED_AREAS_EXCEL_API = "1.13";
