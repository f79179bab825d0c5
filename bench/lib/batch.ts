import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { regionByName } from "../../src/core/reference";
import { filledWorkbook, writeWorkbook } from "../../scripts/lib/formWorkbook";
import { generateRows } from "./generate";

/** The reviewers' batch: `files` filled 浙江省 forms of `rowsPerFile` generated rows each, in `dir`. */
export async function writeBatch(dir: string, files: number, rowsPerFile: number): Promise<string[]> {
  const all = generateRows(files * rowsPerFile, regionByName("浙江省")!);
  const paths: string[] = [];
  mkdirSync(dir, { recursive: true });
  for (let f = 0; f < files; f++) {
    const rows = all.slice(f * rowsPerFile, (f + 1) * rowsPerFile).map((r, i) => ({ ...r, seq: i + 1 }));
    const { workbook } = filledWorkbook({
      year: 2021,
      unit: "浙江省经济和信息化厅",
      filler: "李明",
      phone: "0571-87654321",
      date: new Date(Date.UTC(2021, 5, 10)),
      rows,
    });
    const path = join(dir, `${String(f).padStart(3, "0")}.xlsx`);
    await writeWorkbook(workbook, path);
    paths.push(path);
  }
  return paths;
}
