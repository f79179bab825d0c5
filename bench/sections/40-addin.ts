import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { CellValue } from "../../src/core/grid/cell";
import { regionByName } from "../../src/core/reference";
import { templateLayout } from "../../src/core/template/buildLayout";
import { OfficeWorkbookAdapter } from "../../src/office/OfficeWorkbookAdapter";
import { FORM_HEADINGS } from "../../test/helpers/formRows";
import { FakeWorkbook } from "../../test/office/fakeExcel";
import type { BenchLine, BenchSection } from "../lib/section";

/**
 * The Excel add-in: the production task-pane bundle's gzip size (Office.js excluded: it comes
 * from Microsoft's CDN) and how many `context.sync()` round trips each adapter operation costs,
 * counted on the fake Excel object model for a small and a large sheet.
 */
const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const TARGET_GZIP_KB = 300;
const SIZES = [10, 3_000] as const;
/** Syncs one live cycle may cost: read the form again after a change and re-mark it. */
const LIVE_CYCLE_TARGET = 3;

function bundleLine(): BenchLine {
  const html = join(DIST, "taskpane.html");
  if (!existsSync(html)) return { metric: "task-pane bundle (gzip)", value: "not built: run `npm run build` first" };
  const scripts = [...readFileSync(html, "utf8").matchAll(/<script[^>]+src="?([^" >]+)"?/g)]
    .map((m) => m[1]!)
    .filter((src) => !/^https?:/.test(src));
  const bytes = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(DIST, src)), { level: 9 }).length, 0);
  const kb = bytes / 1024;
  return {
    metric: `task-pane bundle (gzip, ${scripts.join(" + ")})`,
    value: `${kb.toFixed(1)} KB`,
    target: `≤ ${TARGET_GZIP_KB} KB`,
    ok: kb <= TARGET_GZIP_KB,
  };
}

function formRows(n: number): CellValue[][] {
  const rows: CellValue[][] = [["附件3"], ["2021年工业企业质量标杆申报企业统计表"], [], [], [...FORM_HEADINGS]];
  for (let i = 1; i <= n; i++)
    rows.push([
      i,
      `某某${i}有限公司`,
      `某某${i}质量管理经验`,
      "杭州市",
      "通用设备制造业",
      100,
      80,
      9,
      6,
      "张三",
      "经理",
      "13812345678",
      null,
    ]);
  return rows;
}

async function syncCounts(rows: number): Promise<Record<string, number>> {
  const book = new FakeWorkbook();
  book.addSheet("申报企业统计表", formRows(rows));
  const adapter = new OfficeWorkbookAdapter(book.env());
  const count = async (work: () => Promise<unknown>): Promise<number> => {
    const before = book.syncCount;
    await work();
    return book.syncCount - before;
  };
  const cells = Array.from({ length: rows }, (_, i) => `B${6 + i}`);
  const marks = cells.map((cell) => ({ sheet: "申报企业统计表", cell, severity: "warning" as const, note: "" }));
  return {
    "readWorkbook (first: find the form)": await count(() => adapter.readWorkbook()),
    "live cycle (change → read + mark)": await (async () => {
      await adapter.markIssues(marks);
      book.userEdit("申报企业统计表", "B6", "某某改名有限公司");
      return count(async () => {
        await adapter.readWorkbook();
        await adapter.markIssues(marks.slice(1));
      });
    })(),
    markIssues: await count(() =>
      adapter.markIssues(cells.map((cell) => ({ sheet: "申报企业统计表", cell, severity: "warning", note: "" }))),
    ),
    clearMarks: await count(() => adapter.clearMarks()),
    writeCells: await count(() => adapter.writeCells(cells.map((cell) => ({ sheet: "申报企业统计表", cell, value: "某某有限公司" })))),
    createFormSheet: await count(() => adapter.createFormSheet(templateLayout({ year: 2021, region: regionByName("浙江省")! }))),
    writeStore: await count(() => adapter.writeStore([["qbench-store", "1"]])),
  };
}

export const section: BenchSection = {
  name: "Excel add-in",
  async run() {
    const [small, large] = await Promise.all(SIZES.map((n) => syncCounts(n)));
    const lines: BenchLine[] = [bundleLine()];
    for (const op of Object.keys(small!)) {
      const a = small![op]!;
      const b = large![op]!;
      const live = op.startsWith("live cycle");
      lines.push({
        metric: `context.sync() per ${op} (${SIZES[0]} / ${SIZES[1].toLocaleString("en-US")} rows)`,
        value: `${a} / ${b}`,
        target: live ? `same for any size, ≤ ${LIVE_CYCLE_TARGET}` : "same for any size",
        ok: a === b && (!live || b <= LIVE_CYCLE_TARGET),
      });
    }
    return { kind: "measured", lines };
  },
};
