import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import { sealCodeOf } from "../../src/core/seal";
import { decodeStore } from "../../src/core/storage";
import { readWorkbook } from "../../src/xlsx/readGrids";
import { storeRowsOf } from "../../src/core/workbook";
import { filledWorkbook, writeWorkbook, ZHEJIANG_FORM } from "../../scripts/lib/formWorkbook";
import { ensureBuilt, qbench, tempDir } from "./qbench";

jest.setTimeout(300_000);

const SHEET = "申报企业统计表";
const UNIT = "浙江省经济和信息化厅";

/** The rows of a review sheet, header first, as text. */
async function reviewRows(path: string, sheet: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const rows: string[][] = [];
  wb.getWorksheet(sheet)!.eachRow((row) =>
    rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? "" : String(v)))),
  );
  return rows;
}

describe("warnings the unit confirmed when it sealed, in every report", () => {
  let dir: string;
  let unsealed: string;
  let sealed: string;
  let changed: string;

  beforeAll(async () => {
    ensureBuilt();
    dir = tempDir();
    unsealed = join(dir, "浙江.xlsx");
    sealed = join(dir, "浙江-已封存.xlsx");
    changed = join(dir, "浙江-改.xlsx");
    // 杭州 for 杭州市 is a warning (city-normalizable) the unit may confirm.
    const rows = ZHEJIANG_FORM.rows.map((r, i) => (i === 2 ? { ...r, city: "杭州" } : r));
    await writeWorkbook(filledWorkbook({ ...ZHEJIANG_FORM, rows }).workbook, unsealed);
    const seal = qbench(["seal", unsealed, "-o", sealed, "--unit", UNIT, "--by", "李明", "--confirm-warnings", "--today", "2021-06-20"]);
    expect(seal.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sealed);
    wb.getWorksheet(SHEET)!.getCell("D8").value = "宁波";
    await wb.xlsx.writeFile(changed);
  });

  test("check --json marks the confirmed warning with who and when, and carries the file's seal code", async () => {
    const { store } = decodeStore(storeRowsOf((await readWorkbook(sealed)).grids));
    const record = store.seal!;
    const report = JSON.parse(qbench(["check", unsealed, sealed, changed, "--json", "--today", "2021-06-20"]).stdout);
    const [plain, stamped, edited] = report.files as Array<{ sealCode?: string; issues: Array<Record<string, unknown>> }>;
    const warningAt = (f: typeof plain) => f!.issues.find((i) => i.code === "city-normalizable" && i.cell === "D8")!;

    expect(warningAt(stamped)).toMatchObject({ severity: "warning", confirmed: { by: "李明", at: record.sealedAt } });
    expect(stamped!.sealCode).toBe(sealCodeOf(record.digest));
    expect(warningAt(plain)).not.toHaveProperty("confirmed");
    expect(plain!.sealCode).toBeUndefined();
    // The warning now is about 宁波, which the unit never saw: not confirmed.
    expect(warningAt(edited)).toMatchObject({ value: "宁波" });
    expect(warningAt(edited)).not.toHaveProperty("confirmed");
  });

  test("the human report says which warning was confirmed, by whom and when (China time, as the footer prints it)", async () => {
    const { store } = decodeStore(storeRowsOf((await readWorkbook(sealed)).grids));
    const china = new Date(Date.parse(store.seal!.sealedAt) + 8 * 3_600_000).toISOString();
    const out = qbench(["check", sealed, "--today", "2021-06-20"]).stdout;
    expect(out).toMatch(new RegExp(`city-normalizable .*（已确认：李明 ${china.slice(0, 10)} ${china.slice(11, 16)}（北京时间））`));
    const en = qbench(["check", unsealed, "--today", "2021-06-20", "--lang", "en"]).stdout;
    expect(en).toContain("city-normalizable");
    expect(en).not.toContain("confirmed:");
  });

  test("the review's 问题清单 has 已确认 with who and when; 单位汇总 carries each file's seal code", async () => {
    const report = join(dir, "审查.xlsx");
    expect(qbench(["check", unsealed, sealed, "--report", report, "--today", "2021-06-20"]).status).toBe(0);
    const [head, ...issues] = await reviewRows(report, "问题清单");
    const confirmedAt = head!.indexOf("已确认");
    expect(confirmedAt).toBeGreaterThan(0);
    const d8 = issues.filter((r) => r[3] === "D8" && r[6] === "city-normalizable");
    expect(d8.map((r) => [basename(r[1]!), r[confirmedAt] ?? ""])).toEqual([
      ["浙江.xlsx", ""],
      ["浙江-已封存.xlsx", expect.stringMatching(/^李明 \d{4}-\d{2}-\d{2} \d{2}:\d{2}（北京时间）$/)],
    ]);

    const { store } = decodeStore(storeRowsOf((await readWorkbook(sealed)).grids));
    const [unitsHead, ...units] = await reviewRows(report, "单位汇总");
    const codeAt = unitsHead!.indexOf("封存码");
    expect(units.map((r) => [basename(r[1]!), r[codeAt] ?? ""])).toEqual([
      ["浙江.xlsx", ""],
      ["浙江-已封存.xlsx", sealCodeOf(store.seal!.digest)],
    ]);
  });
});
