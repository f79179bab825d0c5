import { join } from "node:path";
import ExcelJS from "exceljs";
import { COLUMN_KEYS } from "../../src/core/form/columns";
import type { BatchReport } from "../../src/core/report";
import { NINGBO_ROWS, ZHEJIANG_ROWS, type RowInput } from "../../scripts/lib/formWorkbook";
import { ensureBuilt, qbench, tempDir } from "./qbench";

jest.setTimeout(180_000);

const MORE_ROWS: RowInput[] = [
  {
    enterprise: "浙江吉利控股集团有限公司",
    experience: "吉利控股实施全球化质量协同的经验",
    city: "杭州市",
    industry: "汽车制造业",
    assets: 50800000,
    revenue: 32560000,
    taxProfit: 2100000,
    profit: 1560000,
    contact: "蔡明",
    title: "质量总监",
    phone: "0571-28098888",
  },
  NINGBO_ROWS[0]!,
];

/** Six good rows with one seeded defect each in rows 7–11; row 6 stays good. */
const SEEDED: { row: number; key: (typeof COLUMN_KEYS)[number]; value: string | number; code: string; cell: string }[] = [
  { row: 7, key: "city", value: "杭州", code: "city-normalizable", cell: "D7" },
  { row: 8, key: "profit", value: -5, code: "profit-not-positive", cell: "I8" },
  { row: 9, key: "phone", value: "12345", code: "phone-invalid", cell: "L9" },
  { row: 10, key: "remark", value: "省质量标杆", code: "remark-year-missing", cell: "M10" },
  {
    row: 11,
    key: "experience",
    value: "方太厨具依托中华优秀传统文化开展全员全过程全方位全周期质量管理与持续改进创新的经验",
    code: "experience-name-too-long",
    cell: "C11",
  },
];

describe("qbench template → filled by a clerk → qbench check", () => {
  let dir: string;
  let form: string;

  beforeAll(async () => {
    ensureBuilt();
    dir = tempDir();
    const made = qbench([
      "template",
      "--year",
      "2021",
      "--unit",
      "浙江省经济和信息化厅",
      "--filler",
      "李明",
      "--phone",
      "0571-87054321",
      "-o",
      join(dir, "blank.xlsx"),
    ]);
    expect(made.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "blank.xlsx"));
    const ws = wb.getWorksheet("申报企业统计表")!;
    ws.getCell("L3").value = new Date(Date.UTC(2021, 5, 10));
    [...ZHEJIANG_ROWS, ...MORE_ROWS].forEach((row, i) => {
      const r = 6 + i;
      ws.getCell(r, 1).value = i + 1;
      COLUMN_KEYS.slice(1).forEach((key, c) => {
        const v = row[key];
        if (v !== undefined && v !== null) ws.getCell(r, c + 2).value = v as ExcelJS.CellValue;
      });
    });
    for (const s of SEEDED) ws.getCell(s.row, COLUMN_KEYS.indexOf(s.key) + 1).value = s.value;
    form = join(dir, "filled.xlsx");
    await wb.xlsx.writeFile(form);
  });

  test("the blank template itself is found as a form with no enterprise rows", () => {
    const run = qbench(["check", join(dir, "blank.xlsx"), "--json", "--today", "2021-06-20"]);
    const report = JSON.parse(run.stdout) as BatchReport;
    expect(report.files[0]).toMatchObject({
      status: "invalid",
      rowCount: 0,
      sheet: "申报企业统计表",
      unit: "浙江省经济和信息化厅",
      year: 2021,
    });
    expect(report.files[0]!.issues.map((i) => i.code).sort()).toEqual(["date-invalid", "seal-missing"]);
  });

  test("check --json reports exactly the seeded defects at their cells, and nothing else", () => {
    const run = qbench(["check", form, "--json", "--today", "2021-06-20"]);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as BatchReport;
    const file = report.files[0]!;
    expect(file.rowCount).toBe(6);
    expect(file.region).toBe("浙江省");
    const found = file.issues
      .filter((i) => i.code !== "seal-missing")
      .map((i) => `${i.code}@${i.cell}`)
      .sort();
    expect(found).toEqual(SEEDED.map((s) => `${s.code}@${s.cell}`).sort());
    expect(file.issues.find((i) => i.code === "seal-missing")).toMatchObject({ severity: "warning" });
    expect(report.summary).toMatchObject({ files: 1, invalid: 1, errors: 4, warnings: 2 });
  });

  test("the human report names the same cells; --require-seal makes the missing seal an error", () => {
    const run = qbench(["check", form, "--today", "2021-06-20", "--require-seal"]);
    expect(run.status).toBe(1);
    for (const s of SEEDED) expect(run.stdout).toContain(`申报企业统计表!${s.cell}`);
    expect(run.stdout).toMatch(/错误\s+申报企业统计表\s+seal-missing/);
    expect(qbench(["check", form, "--json", "--lang", "en", "--today", "2021-06-20"]).stdout).toContain(
      "is not a valid mobile or landline number",
    );
  });

  test("--report writes 单位汇总, 问题清单 with every issue and 企业汇总 with every enterprise, as plain values", async () => {
    const out = join(dir, "report.xlsx");
    expect(qbench(["check", form, "--report", out, "--today", "2021-06-20"]).status).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["单位汇总", "问题清单", "企业汇总"]);
    const units = wb.getWorksheet("单位汇总")!;
    expect(units.getRow(2).values).toEqual([
      undefined,
      "浙江省经济和信息化厅",
      form,
      "xlsx",
      "申报企业统计表",
      6,
      ...[undefined, undefined, undefined],
      "未封存",
      ...[undefined, undefined, undefined],
      4,
      2,
      "有错误",
    ]);
    const issues = wb.getWorksheet("问题清单")!;
    const rows = issues.getSheetValues().slice(2) as unknown as ExcelJS.CellValue[][];
    expect(rows.map((r) => `${String(r[7])}@${String(r[4] ?? "")}`).sort()).toEqual(
      [...SEEDED.map((s) => `${s.code}@${s.cell}`), "seal-missing@"].sort(),
    );
    expect(rows.find((r) => r[7] === "phone-invalid")!.slice(1, 9)).toEqual([
      "浙江省经济和信息化厅",
      form,
      "申报企业统计表",
      "L9",
      9,
      "联系方式",
      "phone-invalid",
      "错误",
    ]);
    const list = wb.getWorksheet("企业汇总")!;
    expect(list.rowCount).toBe(7);
    expect(list.getCell("C2").value).toBe("杭州海康威视数字技术股份有限公司");
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });
});
