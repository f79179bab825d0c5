import { NATIONAL, regionOfUnit, type Region } from "../core/reference";
import { templateLayout } from "../core/template/buildLayout";
import { writeTemplateFile } from "../xlsx/writeTemplate";
import { planOutput, writeOutput } from "./safeOutput";

export interface TemplateCommandOptions {
  readonly year: number;
  readonly region?: Region;
  readonly unit?: string;
  readonly filler?: string;
  readonly phone?: string;
  readonly out?: string;
  /** `--force`: replace an existing file. */
  readonly force: boolean;
}

/**
 * `qbench template`: a blank Annex 3 workbook. The region (whose cities the dropdown offers) is
 * `--region`, else the one `--unit` speaks for, else all of China. An existing file is replaced
 * only with `--force`.
 */
export async function runTemplate(options: TemplateCommandOptions): Promise<string> {
  const out = options.out ?? `附件3-申报企业统计表-${options.year}.xlsx`;
  const plan = await planOutput({ path: out, force: options.force, inputs: [] });
  const region = options.region ?? (options.unit ? regionOfUnit(options.unit) : undefined) ?? NATIONAL;
  const layout = templateLayout({
    year: options.year,
    region,
    ...(options.unit ? { unit: options.unit } : {}),
    ...(options.filler ? { filler: options.filler } : {}),
    ...(options.phone ? { phone: options.phone } : {}),
  });
  await writeOutput(plan, (tmp) => writeTemplateFile(layout, tmp));
  return out;
}
