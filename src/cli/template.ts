import { access } from "node:fs/promises";
import { NATIONAL, regionOfUnit, type Region } from "../core/reference";
import { templateLayout } from "../core/template/buildLayout";
import { writeTemplateFile } from "../xlsx/writeTemplate";
import { UsageError } from "./usage";

export interface TemplateCommandOptions {
  readonly year: number;
  readonly region?: Region;
  readonly unit?: string;
  readonly filler?: string;
  readonly phone?: string;
  readonly out?: string;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * `qbench template`: a blank Annex 3 workbook. The region (whose cities the dropdown offers) is
 * `--region`, else the one `--unit` speaks for, else all of China. Never overwrites a file.
 */
export async function runTemplate(options: TemplateCommandOptions): Promise<string> {
  const out = options.out ?? `附件3-申报企业统计表-${options.year}.xlsx`;
  if (await exists(out))
    throw new UsageError(`${out} 已存在，不会覆盖；请用 -o 指定新文件名`, `${out} exists and is not overwritten; name a new file with -o`);
  const region = options.region ?? (options.unit ? regionOfUnit(options.unit) : undefined) ?? NATIONAL;
  const layout = templateLayout({
    year: options.year,
    region,
    ...(options.unit ? { unit: options.unit } : {}),
    ...(options.filler ? { filler: options.filler } : {}),
    ...(options.phone ? { phone: options.phone } : {}),
  });
  await writeTemplateFile(layout, out);
  return out;
}
