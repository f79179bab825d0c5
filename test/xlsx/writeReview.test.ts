import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reviewWorkbook } from "../../src/core/review";
import { buildBatchReport, buildFileReport, findRecommendedTwice, type BatchFile } from "../../src/core/report";
import { writeReviewWorkbook } from "../../src/xlsx/writeReport";
import { ZipArchive } from "../../src/xlsx/zip";
import { goodRows, makeForm } from "../helpers/form";

/** Text that a spreadsheet would run as a formula if it were written as one (docs/domain/bad-input.md#text-written-back). */
const PAYLOADS = [
  "=1+1",
  '=HYPERLINK("http://x","点我")',
  "=cmd|' /C calc'!A0",
  "+86有限公司",
  "+1",
  "-1有限公司",
  "-2+3",
  "@SUM(1+1)",
  "@某某有限公司",
  "\t=1+1",
  "\r=1+1",
  "＝1+1",
  "=",
  "-",
];

describe("the review workbook's writer", () => {
  it("stores every formula-like text in all three sheets as a string cell with the same text", async () => {
    const batch: BatchFile[] = PAYLOADS.map((p, i) => ({
      path: `${p}.xlsx`,
      unit: p,
      form: makeForm(goodRows({ enterprise: p, contact: p }), { header: { unit: { value: p, cell: "B3" } }, sheet: `S${i}` }),
    }));
    const files = batch.map((b) =>
      buildFileReport(
        {
          path: b.path,
          form: b.form,
          issues: [{ code: "value-missing", severity: "error", sheet: b.form.sheet, cell: "J5", row: 5, value: b.unit, fix: b.unit }],
        },
        "zh",
      ),
    );
    const review = reviewWorkbook(buildBatchReport(files, findRecommendedTwice(batch), "zh", "0.0.0"), batch, "zh");
    const buffer = await writeReviewWorkbook(review).xlsx.writeBuffer();

    const dir = mkdtempSync(join(tmpdir(), "qbench-review-"));
    const path = join(dir, "review.xlsx");
    writeFileSync(path, Buffer.from(buffer));
    const zip = await ZipArchive.open(path);
    try {
      for (const n of [1, 2, 3]) expect(await zip.readText(`xl/worksheets/sheet${n}.xml`)).not.toMatch(/<f[ >]/);
    } finally {
      zip.close();
      rmSync(dir, { recursive: true, force: true });
    }

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer);
    const seen = new Set<string>();
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === "string" && PAYLOADS.includes(cell.value)) seen.add(`${ws.name}:${cell.value}`);
        }),
      );
    }
    // The unit is tidied (trimmed) as the form states it, so the payloads with leading white space are checked as formulas only.
    const exact = PAYLOADS.filter((p) => p.trim() === p);
    for (const sheet of ["单位汇总", "问题清单", "企业汇总"]) for (const p of exact) expect(seen).toContain(`${sheet}:${p}`);
  });
});
