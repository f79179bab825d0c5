import { copyFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runVerify } from "../../src/cli/verify";
import { cellAddress } from "../../src/core/grid/address";
import { sealCodeOf } from "../../src/core/seal";
import { decodeStore, encodeStore } from "../../src/core/storage";
import { readWorkbook } from "../../src/xlsx/readGrids";
import { storeRowsOf } from "../../src/core/workbook";
import { writeStoreSheet } from "../helpers/storeSheet";
import { ZipArchive } from "../../src/xlsx/zip";
import { filledWorkbook, writeWorkbook, ZHEJIANG_FORM } from "../../scripts/lib/formWorkbook";
import { formInTempDir, qbench, SEAL_AS_CLERK } from "./qbench";

jest.setTimeout(300_000);

const SHEET = "申报企业统计表";

async function partText(path: string, part: string): Promise<string> {
  const zip = await ZipArchive.open(path);
  try {
    return (await zip.readText(part)) ?? "";
  } finally {
    zip.close();
  }
}

async function changeCell(from: string, to: string, address: string, value: ExcelJS.CellValue): Promise<void> {
  copyFileSync(from, to);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(to);
  wb.getWorksheet(SHEET)!.getCell(address).value = value;
  await wb.xlsx.writeFile(to);
}

describe("qbench seal and qbench verify", () => {
  let dir: string;
  let sealed: string;

  beforeAll(async () => {
    ({ dir, form: sealed } = await formInTempDir("sealed.xlsx"));
    const run = qbench(["seal", sealed, ...SEAL_AS_CLERK]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  test("an untouched sealed workbook verifies and checks as valid", () => {
    const verify = qbench(["verify", sealed]);
    expect(verify.status).toBe(0);
    expect(verify.stdout).toContain("封存有效");
    const check = JSON.parse(qbench(["check", sealed, "--json", "--today", "2021-06-20"]).stdout);
    expect(check.files[0]).toMatchObject({ seal: "valid", status: "ok", issues: [] });
  });

  test("the record sits in a very hidden store sheet of text cells, and the form sheet is protected", async () => {
    const { grids, sheets } = await readWorkbook(sealed);
    expect(sheets.find((s) => s.name === "qbench_store")?.state).toBe("veryHidden");
    const { store, problems } = decodeStore(storeRowsOf(grids));
    expect(problems).toEqual([]);
    expect(store.seal).toMatchObject({ unit: "浙江省经济和信息化厅", sealedBy: "李明", rowCount: 4, year: 2021, sheet: SHEET });
    const workbookXml = await partText(sealed, "xl/workbook.xml");
    const index = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].findIndex((m) => m[1] === "qbench_store");
    const storeXml = await partText(sealed, `xl/worksheets/sheet${index + 1}.xml`);
    const cells = [...storeXml.matchAll(/<c [^>]*>/g)].map((m) => m[0]);
    expect(cells.length).toBeGreaterThan(3);
    for (const c of cells) expect(c).toMatch(/t="(s|inlineStr)"/);
    expect(storeXml).not.toContain("<f>");
    expect(await partText(sealed, "xl/worksheets/sheet1.xml")).toMatch(/<sheetProtection[^>]*sheet="1"/);
  });

  test("changing any single cell breaks the seal and names exactly that cell", async () => {
    const targets: string[] = ["C3", "F3", "I3", "L3"];
    for (let r = 6; r < 6 + ZHEJIANG_FORM.rows.length; r++) for (let c = 1; c <= 13; c++) targets.push(cellAddress(r, c));
    const changed = join(dir, "changed.xlsx");
    for (const address of targets) {
      await changeCell(sealed, changed, address, address === "L3" ? new Date(Date.UTC(2021, 5, 11)) : "改动");
      const outcome = await runVerify(changed, "en");
      expect({ address, status: outcome.status }).toEqual({ address, status: 1 });
      expect(outcome.lines.slice(1).map((l) => l.trim().split(":")[0])).toEqual([address]);
    }
  });

  test("the seal covers the whole sheet and its own record: text typed beside the table, or the record edited, breaks it", async () => {
    const beside = join(dir, "beside.xlsx");
    await changeCell(sealed, beside, "P2", "旁注");
    const outcome = await runVerify(beside, "en");
    expect(outcome.status).toBe(1);
    expect(outcome.lines).toContain("  P2: sealed “(none)”, now “旁注”");

    const edited = join(dir, "record-edited.xlsx");
    copyFileSync(sealed, edited);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(edited);
    const { store } = decodeStore(storeRowsOf((await readWorkbook(sealed)).grids));
    writeStoreSheet(wb, encodeStore({ ...store, seal: { ...store.seal!, sealedBy: "王五" } }));
    await wb.xlsx.writeFile(edited);
    const run = qbench(["verify", edited]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("封存已破坏\n");
    expect(run.stdout).toContain("封存记录本身在封存后被改动");
    expect(run.stdout).not.toContain("0 处");
  });

  test("the binary reports a broken seal in check and verify, naming the cells", async () => {
    const changed = join(dir, "tampered.xlsx");
    await changeCell(sealed, changed, "G7", 3867001);
    const verify = qbench(["verify", changed, "--lang", "en"]);
    expect(verify.status).toBe(1);
    expect(verify.stdout).toMatch(/Seal broken: 1 change/);
    expect(verify.stdout).toMatch(/G7: sealed “3867000”, now “3867001”/);
    const report = JSON.parse(qbench(["check", changed, "--json", "--today", "2021-06-20"]).stdout);
    expect(report.files[0].seal).toBe("broken");
    expect(report.files[0].issues).toEqual([expect.objectContaining({ code: "seal-broken", cell: "G7", severity: "error" })]);
  });

  test("sealing refuses a form with errors, and one with warnings until they are confirmed", async () => {
    const withError = join(dir, "error.xlsx");
    await writeWorkbook(
      filledWorkbook({ ...ZHEJIANG_FORM, rows: ZHEJIANG_FORM.rows.map((r, i) => (i === 1 ? { ...r, profit: -1 } : r)) }).workbook,
      withError,
    );
    const refused = qbench(["seal", withError, ...SEAL_AS_CLERK, "--confirm-warnings"]);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain("不能封存");
    expect(refused.stdout).toContain("I7");
    expect(qbench(["verify", withError]).stdout).toContain("未封存");

    const withWarning = join(dir, "warning.xlsx");
    await writeWorkbook(
      filledWorkbook({ ...ZHEJIANG_FORM, rows: ZHEJIANG_FORM.rows.map((r, i) => (i === 2 ? { ...r, city: "杭州" } : r)) }).workbook,
      withWarning,
    );
    const unconfirmed = qbench(["seal", withWarning, ...SEAL_AS_CLERK]);
    expect(unconfirmed.status).toBe(1);
    expect(unconfirmed.stdout).toContain("city-normalizable");
    const confirmed = qbench(["seal", withWarning, ...SEAL_AS_CLERK, "--confirm-warnings"]);
    expect(confirmed.status).toBe(0);
    const { store } = decodeStore(storeRowsOf((await readWorkbook(withWarning)).grids));
    expect(store.seal?.confirmedWarnings).toEqual([{ code: "city-normalizable", cell: "D8", row: 8, value: "杭州" }]);
  });

  test("verify --code: the paper's code matches (0), another seal's code is a mismatch naming the file's own (1), a typo is 2", async () => {
    const { store } = decodeStore(storeRowsOf((await readWorkbook(sealed)).grids));
    const code = sealCodeOf(store.seal!.digest);
    const plain = qbench(["verify", sealed]);
    expect(plain.stdout).toContain(`封存码 ${code}`);
    expect(JSON.parse(qbench(["check", sealed, "--json", "--today", "2021-06-20"]).stdout).files[0].sealCode).toBe(code);

    const match = qbench(["verify", sealed, "--code", code.toLowerCase().replace(/-/g, " ")]);
    expect(match.status).toBe(0);
    expect(match.stdout).toContain("与纸质表上的封存码一致：本文件即所盖章的那份表");

    const resealed = join(dir, "resealed.xlsx");
    await changeCell(sealed, resealed, "G7", 3867001);
    copyFileSync(resealed, resealed.replace(/\.xlsx$/, "-changed.xlsx"));
    expect(qbench(["seal", resealed, ...SEAL_AS_CLERK]).status).toBe(0);
    expect(qbench(["verify", resealed]).status).toBe(0);
    const changed = qbench(["verify", resealed.replace(/\.xlsx$/, "-changed.xlsx"), "--code", code]);
    expect(changed.status).toBe(1);
    expect(changed.stdout).toContain("封存码是本文件的，但封存已破坏：文件在封存后被改动过");
    const { store: again } = decodeStore(storeRowsOf((await readWorkbook(resealed)).grids));
    const mismatch = qbench(["verify", resealed, "--code", code, "--lang", "en"]);
    expect(mismatch.status).toBe(1);
    expect(mismatch.stdout).toContain(`sealed again after printing. This file's code is ${sealCodeOf(again.seal!.digest)}`);

    const swapped = code.slice(0, 5) + code[6]! + code[5]! + code.slice(7);
    const typo = qbench(["verify", sealed, "--code", swapped === code ? code.replace(/.$/, "#") : swapped]);
    expect(typo.status).toBe(2);
    expect(typo.stdout).toContain("可能抄错了");
  });

  test("sealing under another unit's name is bad usage", () => {
    const copy = join(dir, "other.xlsx");
    copyFileSync(sealed, copy);
    const run = qbench(["seal", copy, "--unit", "江苏省工业和信息化厅", "--by", "某人"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("不一致");
  });
});
