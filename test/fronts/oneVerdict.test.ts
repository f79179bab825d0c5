import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SEAL_PROTECTION } from "../../src/core/seal/protection";
import { encodeStore, type WorkbookStore } from "../../src/core/storage";
import type { WorkbookAdapter } from "../../src/core/workbook";
import { OfficeWorkbookAdapter } from "../../src/office/OfficeWorkbookAdapter";
import { protectionOptions } from "../../src/office/protection";
import { PreviewWorkbook } from "../../src/preview/PreviewWorkbook";
import { BatchReportSchema, type BatchReport } from "../../src/core/report";
import { createPaneController } from "../../src/taskpane/state/PaneController";
import { cleanRow } from "../helpers/formRows";
import { writeStoreSheet } from "../helpers/storeSheet";
import { ensureBuilt, qbench, tempDir } from "../cli/qbench";
import { decodeVectorForm, v1Record, type VectorForm } from "../helpers/sealVectors";
import { clerkSheet, excelWorkbook, fakeExcelWorkbook, typedPreviewSheet } from "../seal/clerkSheet";

jest.setTimeout(300_000);

/**
 * One workbook, three fronts, one verdict. The workbook keeps its own settings in the store: the
 * region (浙江省, which its 推荐单位 does not name), the money unit (元, which its sheet does not
 * state), a quota of one enterprise and a seal made before the clerk changed a cell. The task pane
 * in Excel, the task pane in the browser preview and `qbench check --json` must report the same
 * issues — each of those settings decides at least one of them.
 */
const TODAY = "2021-06-01";
const row = (seq: number, enterprise: string, city: string, assets: number, contact: string) => ({
  rowNumber: 4 + seq,
  values: cleanRow(seq, enterprise, { city, money: [assets, 150_000_000, 30_000_000, 20_000_000], contact }),
});
const form = (contact: string): VectorForm => ({
  sheet: "申报企业统计表",
  header: {
    unit: { value: "质量标杆推荐工作办公室", cell: "B3" },
    filler: { value: "李明", cell: "D3" },
    fillerPhone: { value: "0571-87654321", cell: "F3" },
    date: { value: { date: "2021-05-20T00:00:00.000Z" }, cell: "H3" },
  },
  headerRow: 4,
  columnPositions: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
  // 2 亿元 of assets: a plain figure in 元, but "typed in 元" on a sheet kept in 万元.
  rows: [row(1, "杭州精工机械有限公司", "杭州市", 200_000_000, "王芳"), row(2, "广州南方机械有限公司", "广州市", 180_000_000, contact)],
});
const SEALED = form("王芳");
const EDITED = form("张伟");

async function storeOf(): Promise<WorkbookStore> {
  const seal = await v1Record(decodeVectorForm(SEALED), {
    unit: "质量标杆推荐工作办公室",
    sealedBy: "李明",
    sealedAt: new Date(Date.UTC(2021, 4, 25)),
    year: 2021,
    quotaUsed: [],
    confirmedWarnings: [],
    toolVersion: "test",
  });
  return { seal, quota: { total: 1 }, settings: { region: "330000", moneyUnit: "元", year: 2021 } };
}

interface Seen {
  readonly code: string;
  readonly severity: string;
  readonly sheet: string;
  readonly cell?: string | undefined;
  readonly params?: object | undefined;
  readonly lost?: unknown;
}
const seen = (issues: readonly Seen[]): Seen[] =>
  issues.map(({ code, severity, sheet, cell, params }) => ({
    code,
    severity,
    sheet,
    ...(cell === undefined ? {} : { cell }),
    ...(params !== undefined && "lost" in params ? { lost: params.lost } : {}),
  }));

async function paneIssues(adapter: WorkbookAdapter, store: WorkbookStore | string[][]): Promise<Seen[]> {
  await adapter.writeStore(Array.isArray(store) ? store : encodeStore(store));
  const pane = createPaneController({ adapter, lang: "en", toolVersion: "test", today: () => new Date(`${TODAY}T08:00:00Z`) });
  await pane.runCheck();
  expect(pane.getState().error).toBeUndefined();
  return seen(pane.getState().analysis?.issues ?? []);
}

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the task pane in Excel, the task pane in the preview and qbench check --json report the same issues", async () => {
  const store = await storeOf();
  const sheet = clerkSheet(EDITED);

  const inExcel = await paneIssues(new OfficeWorkbookAdapter(fakeExcelWorkbook(sheet).env()), store);
  const inPreview = await paneIssues(new PreviewWorkbook([typedPreviewSheet(sheet)]), store);

  const wb = excelWorkbook(sheet);
  writeStoreSheet(wb, encodeStore(store));
  const path = join(dir, "settings.xlsx");
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
  const run = qbench(["check", path, "--json", "--lang", "en", "--today", TODAY]);
  const report: BatchReport = BatchReportSchema.parse(JSON.parse(run.stdout));
  const fromCli = seen(report.files[0]!.issues);

  const codes = new Set(inExcel.map((i) => i.code));
  // 广州市 is no city of 浙江省 (the stored region), 2 亿元 is no suspect amount in 元 (the stored
  // unit), two enterprises exceed a quota of one, and the contact changed since sealing.
  expect(codes).toEqual(new Set(["city-unknown", "quota-exceeded", "seal-broken"]));
  expect(inExcel.find((i) => i.code === "seal-broken")?.cell).toBe("J6");
  expect(inPreview).toEqual(inExcel);
  expect(fromCli).toEqual(inExcel);
  expect(report.files[0]).toMatchObject({ status: "invalid", region: "浙江省", year: 2021, seal: "broken" });
});

/** A form of 2021 that breaks no rule, in 万元, for the unit and the enterprises given. */
function cleanForm(unit: string, rows: ReadonlyArray<readonly [enterprise: string, city: string]>): VectorForm {
  return {
    ...SEALED,
    header: { ...SEALED.header, unit: { value: unit, cell: "B3" } },
    rows: rows.map(([enterprise, city], i) => ({ rowNumber: 5 + i, values: cleanRow(i + 1, enterprise, { city }) })),
  };
}

test("a file carrying a cross-file error is invalid in the report, not ok", async () => {
  const paths: string[] = [];
  for (const [name, unit, city] of [
    ["zhejiang.xlsx", "浙江省经济和信息化厅", "杭州市"],
    ["jiangsu.xlsx", "江苏省工业和信息化厅", "南京市"],
  ] as const) {
    const path = join(dir, name);
    writeFileSync(path, Buffer.from(await excelWorkbook(clerkSheet(cleanForm(unit, [["精工机械有限公司", city]]))).xlsx.writeBuffer()));
    paths.push(path);
  }
  const run = qbench(["check", ...paths, "--json", "--lang", "en", "--today", TODAY]);
  const report = BatchReportSchema.parse(JSON.parse(run.stdout));
  expect(report.files.map((f) => f.issues.filter((i) => i.severity === "error"))).toEqual([[], []]);
  expect(report.crossFile.map((i) => i.code)).toEqual(["enterprise-recommended-twice", "enterprise-recommended-twice"]);
  expect(report.files.map((f) => f.status)).toEqual(["invalid", "invalid"]);
  expect(report.summary).toMatchObject({ ok: 0, invalid: 2 });
  expect(run.status).toBe(1);
});

test("the seal checklist counts an exceeded quota once, as the quota, not also as an error", async () => {
  const sheet = clerkSheet(
    cleanForm("浙江省经济和信息化厅", [
      ["杭州精工机械有限公司", "杭州市"],
      ["宁波海天机械有限公司", "宁波市"],
    ]),
  );
  const adapter = new PreviewWorkbook([typedPreviewSheet(sheet)]);
  await adapter.writeStore(encodeStore({ quota: { total: 1 } }));
  const pane = createPaneController({ adapter, lang: "en", toolVersion: "test", today: () => new Date(`${TODAY}T08:00:00Z`) });
  await pane.runCheck();
  expect(
    pane
      .getState()
      .analysis?.issues.filter((i) => i.severity === "error")
      .map((i) => i.code),
  ).toEqual(["quota-exceeded"]);
  expect(pane.readiness()?.blockers).toEqual([{ kind: "quota", label: "推荐总名额", used: 2, limit: 1 }]);
});

test("a damaged seal record is a broken seal, with that reason, in the task pane in Excel and in the preview as in qbench check", async () => {
  const rows = encodeStore(await storeOf());
  // The seal's record cut short, as a clerk deleting cells of the hidden sheet leaves it.
  const damaged = rows.map((r) => (r[0] === "seal" ? [r[0], r[1]!, r[2]!.slice(0, r[2]!.length / 2)] : r));
  // Still protected as sealed, or not at all: a record the store holds but cannot read is a broken seal either way.
  for (const isProtected of [true, false]) {
    const sheet = clerkSheet(SEALED);
    const book = fakeExcelWorkbook(sheet);
    const preview = typedPreviewSheet(sheet);
    const wb = excelWorkbook(sheet);
    if (isProtected) {
      book.sheet(SEALED.sheet).protection = { password: "", options: protectionOptions(SEAL_PROTECTION) };
      preview.protection = { allow: SEAL_PROTECTION };
      await wb
        .getWorksheet(SEALED.sheet)!
        .protect("", { formatColumns: true, formatRows: true, autoFilter: true, objects: false, scenarios: false });
    }
    const inExcel = await paneIssues(new OfficeWorkbookAdapter(book.env()), damaged);
    const inPreview = await paneIssues(new PreviewWorkbook([preview]), damaged);
    writeStoreSheet(wb, damaged);
    const path = join(dir, `damaged-${isProtected}.xlsx`);
    writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
    const report = BatchReportSchema.parse(JSON.parse(qbench(["check", path, "--json", "--lang", "en", "--today", TODAY]).stdout));
    const fromCli = seen(report.files[0]!.issues);

    expect(inExcel.find((i) => i.code === "seal-broken")).toMatchObject({ lost: "damaged" });
    expect(inExcel.some((i) => i.code === "seal-missing")).toBe(false);
    expect(inPreview).toEqual(inExcel);
    expect(fromCli).toEqual(inExcel);
  }
});
