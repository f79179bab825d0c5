import JSZip from "jszip";
import stringWidth from "string-width";
import type { Grid } from "../core/grid/grid";
import { parseRange } from "../core/grid/range";
import { formPrintLayout, type FormPrintLayout } from "../core/template/formPrintLayout";
import { FONTS } from "../core/template/look";
import type { SheetSizes } from "./odsSizes";
import { resolveTarget, typeName } from "./package/parts";
import { printSheetXml, type SheetPrintPlan } from "./package/printSheetEdit";
import { editStyleSheet, type StyleSheetEdit } from "./package/styleSheetEdit";
import { packed, requiredPart, workbookPackage, writePart } from "./package/workbookPackage";
import { printWorkbookXml } from "./package/workbookPrintEdit";

/** The sheet's used range as its `<dimension>` states it: sizes carried over from the source stop there. */
function extentOf(xml: string): { bottom: number; right: number } | undefined {
  const ref = /<(?:\w+:)?dimension\s+ref\s*=\s*["']([^"']+)["']/.exec(xml)?.[1];
  const range = ref === undefined ? undefined : parseRange(ref.includes(":") ? ref : `${ref}:${ref}`);
  return range === undefined ? undefined : { bottom: range.bottom, right: range.right };
}

/** The plan for one sheet: the source's sizes within its used range, and on the form sheet the layout over them. */
function planOf(xml: string, sizes: SheetSizes | undefined, layout: FormPrintLayout | undefined, styles: StyleSheetEdit): SheetPrintPlan {
  const widths = new Map<number, number>();
  const heights = new Map<number, number>();
  const extent = extentOf(xml);
  if (sizes !== undefined && extent !== undefined) {
    for (const run of sizes.columns) for (let c = run.min; c <= Math.min(run.max, extent.right); c++) widths.set(c, run.width);
    for (const run of sizes.rows) for (let r = run.min; r <= Math.min(run.max, extent.bottom); r++) heights.set(r, run.height);
  }
  for (const { col, width } of layout?.columnWidths ?? []) widths.set(col, width);
  return {
    ranges: (layout?.styles ?? []).map(({ range, style }) => ({ range, restyle: (format: number) => styles.formatOf(format, style) })),
    widths,
    heights,
    minHeights: new Map((layout?.rowHeights ?? []).map(({ row, height }) => [row, height])),
    ...(layout === undefined ? {} : { print: layout.print }),
  };
}

/**
 * The .xlsx SheetJS wrote for a legacy workbook, dressed to print like the template: on the form
 * sheet (`form`, the grid read from the same workbook) the template's fonts, borders, alignment,
 * widths, row heights, page setup and print titles (formPrintLayout.ts); on every sheet the sizes
 * and visibility the source set that SheetJS dropped (`sizes`, from an .ods). Cells keep their
 * values, types and number formats; merges, hidden rows and columns, other sheets' cells, the
 * print area and every other part stay as SheetJS wrote them.
 */
export async function printLikeTemplate(pkg: Uint8Array, form: Grid | undefined, sizes: readonly SheetSizes[]): Promise<Uint8Array> {
  const layout = form === undefined ? undefined : formPrintLayout(form, stringWidth);
  if (layout === undefined && sizes.length === 0) return pkg;
  const zip = await JSZip.loadAsync(pkg);
  const workbook = await workbookPackage(zip);
  const stylesRel = workbook.relationships.find((r) => typeName(r) === "styles" && !r.external);
  const stylesPart = stylesRel === undefined ? undefined : resolveTarget(workbook.workbookPart, stylesRel.target);
  if (stylesPart === undefined) return pkg;
  const styles = editStyleSheet(await requiredPart(zip, stylesPart), layout?.fonts ?? FONTS);

  for (const entry of workbook.entries) {
    const part = workbook.partOf(entry);
    const own = sizes.find((s) => s.name === entry.name);
    const sheetLayout = layout?.sheet === entry.name ? layout : undefined;
    if (part === undefined || (own === undefined && sheetLayout === undefined)) continue;
    const xml = await requiredPart(zip, part);
    writePart(zip, part, printSheetXml(xml, planOf(xml, own, sheetLayout, styles)));
  }
  writePart(zip, stylesPart, styles.xml());
  const hidden = new Set(sizes.filter((s) => s.hidden).map((s) => s.name));
  writePart(zip, workbook.workbookPart, printWorkbookXml(workbook, layout?.sheet ?? "", layout?.print.titleRows ?? "", hidden));
  return packed(zip);
}
