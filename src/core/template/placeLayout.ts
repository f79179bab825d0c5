import { freeSheetName } from "../workbook";
import type { TemplateLayout } from "./layout";

/**
 * The layout as it goes into a workbook whose sheets are `existing`, the one rule every host follows
 * (Excel, the preview, a written file): the form sheet under a free name, then its own list sheet
 * under a free name, with the dropdowns pointing at it. A second form never rewrites the first
 * one's lists: its region's divisions may differ (the first form's 所在市 dropdown would then offer
 * the other region's cities and refuse its own), and a sheet that only bears the name is not ours.
 */
export function placeLayout(layout: TemplateLayout, existing: readonly string[]): TemplateLayout {
  const sheetName = freeSheetName(layout.sheetName, existing);
  const listName = freeSheetName(layout.listSheet.name, [...existing, sheetName]);
  const from = `'${layout.listSheet.name}'!`;
  const to = `'${listName.replace(/'/g, "''")}'!`;
  return {
    ...layout,
    sheetName,
    listSheet: { ...layout.listSheet, name: listName },
    validations: layout.validations.map((v) => (v.kind === "list" ? { ...v, source: v.source.replace(from, to) } : v)),
  };
}
