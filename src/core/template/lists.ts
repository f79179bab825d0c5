import { listDivisions } from "../reference/industries";
import type { Region } from "../reference/region";
import { prefecturesOf } from "../reference/regions";
import type { ListSheet } from "./layout";

/** The hidden sheet that holds the dropdown lists (Excel caps an inline list at 255 characters). */
export const LIST_SHEET_NAME = "qbench_lists";

/**
 * 所在市: the region's prefecture-level divisions (a 直辖市's districts; every prefecture in China
 * for national scope). 所属行业: the 97 GB/T 4754-2017 divisions by their exact names, so that a
 * picked value is what the checks accept as exact.
 */
export function templateListSheet(region: Region): ListSheet {
  return {
    name: LIST_SHEET_NAME,
    columns: [
      { heading: "所在市", values: prefecturesOf(region) },
      { heading: "所属行业", values: listDivisions().map((d) => d.name) },
    ],
  };
}
