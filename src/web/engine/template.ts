import { NATIONAL, regionOfUnit } from "../../core/reference";
import { templateLayout } from "../../core/template/buildLayout";
import { writeTemplateWorkbook } from "../../xlsx/writeTemplate";
import { XLSX_MIME_TYPE } from "../../core/workbook";

/** The Annex 3 template for a year and unit: the same workbook `qbench template` writes. */
export async function templateBlob(options: { readonly year: number; readonly unit?: string }): Promise<Blob> {
  const region = (options.unit ? regionOfUnit(options.unit) : undefined) ?? NATIONAL;
  const layout = templateLayout({ year: options.year, region, ...(options.unit ? { unit: options.unit } : {}) });
  const buffer = await writeTemplateWorkbook(layout).xlsx.writeBuffer();
  return new Blob([buffer], { type: XLSX_MIME_TYPE });
}
