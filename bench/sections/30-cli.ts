import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { COLUMN_KEYS, FORM_COLUMNS } from "../../src/core/form/columns";
import { regionByName } from "../../src/core/reference";
import { writeText } from "../../src/xlsx/safeText";
import { headerBlockRow } from "../../test/helpers/formRows";
import { writeBatch } from "../lib/batch";
import { generateRows, type GeneratedRow } from "../lib/generate";
import type { BenchLine, BenchSection } from "../lib/section";
import { formatMs } from "../lib/timing";

/**
 * `qbench check` as a reviewer runs it, and its workbook reader alone (`readWorkbook`, the
 * single-pass saxes reader), each in a child process every time (start-up included), against the
 * least any tool must do: a bare exceljs read of the same files, also in a child process.
 */
const ROOT = join(__dirname, "..", "..");
const QBENCH = join(ROOT, "bin", "qbench.js");
const FILES = 200;
const ROWS_PER_FILE = 30;
const BIG_ROWS = 100_000;
const TARGET_BATCH = 0.7;
const TARGET_BIG = 1.5;
/** Issue 11: reading replaced the exceljs-fed reader; it must beat exceljs itself by this much. */
const TARGET_READER_BATCH = 0.7;
const TARGET_READER_BIG = 0.5;
const TARGET_RSS_MB = 300;
const RUNS = 3;

/** Prints the child's peak resident set size when it exits, whatever the child is. */
const RSS_PRELOAD = `process.on("exit", () => process.stderr.write("\\nqbench-bench-maxrss=" + process.resourceUsage().maxRSS + "\\n"));`;

const BARE_READ = `
const ExcelJS = require(${JSON.stringify(require.resolve("exceljs"))});
(async () => {
  let rows = 0;
  for (const file of process.argv.slice(2)) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.eachSheet((ws) => { rows += ws.rowCount; });
  }
  process.stdout.write(String(rows));
})();`;

const READER = `
const { readWorkbook } = require(${JSON.stringify(join(ROOT, "dist", "cli", "xlsx", "readGrids.js"))});
(async () => {
  let rows = 0;
  for (const file of process.argv.slice(2)) {
    for (const grid of (await readWorkbook(file)).grids) rows += grid.values.length;
  }
  process.stdout.write(String(rows));
})();`;

interface ChildRun {
  readonly ms: number;
  readonly rssMb: number;
}

/** qbench may exit 1 (errors found in the generated data); the bare read must exit 0. */
function runChild(args: readonly string[], preload: string, okStatus: readonly number[]): ChildRun {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--require", preload, ...args], { encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
  const ms = performance.now() - t0;
  const m = /qbench-bench-maxrss=(\d+)/.exec(r.stderr);
  if (!okStatus.includes(r.status ?? -1)) throw new Error(`child failed (${r.status}): ${r.stderr.slice(0, 500)}`);
  return { ms, rssMb: m ? Number(m[1]) / 1024 : Number.NaN };
}

/**
 * Median time and peak memory of each command over alternating runs, so that a busy machine slows
 * all alike. The first command is qbench (exit 1 when the data has errors); the others must exit 0.
 */
function compare(commands: readonly (readonly string[])[], preload: string): ChildRun[] {
  const runs: ChildRun[][] = commands.map(() => []);
  for (let i = 0; i < RUNS; i++) commands.forEach((args, c) => runs[c]!.push(runChild(args, preload, c === 0 ? [0, 1] : [0])));
  return runs.map((xs) => {
    const sorted = [...xs].sort((x, y) => x.ms - y.ms);
    return { ms: sorted[Math.floor(sorted.length / 2)]!.ms, rssMb: Math.max(...xs.map((x) => x.rssMb)) };
  });
}

async function writeBigWorkbook(path: string, rows: readonly GeneratedRow[]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const ws = wb.addWorksheet("申报企业统计表");
  ws.addRow(["附件3"]).commit();
  ws.addRow(["2021年工业企业质量标杆申报企业统计表"]).commit();
  ws.addRow(headerBlockRow(new Date(Date.UTC(2021, 5, 10)))).commit();
  ws.addRow([]).commit();
  ws.addRow(FORM_COLUMNS.map((c) => c.name)).commit();
  for (const row of rows) {
    const r = ws.addRow([]);
    COLUMN_KEYS.forEach((k, c) => writeText(r.getCell(c + 1), row[k]));
    r.commit();
  }
  ws.commit();
  await wb.commit();
}

export const section: BenchSection = {
  name: "qbench check",
  async run() {
    if (!existsSync(join(ROOT, "dist", "cli", "cli", "main.js"))) return { kind: "skipped", reason: "run `npm run build:cli` first" };
    const dir = mkdtempSync(join(tmpdir(), "qbench-bench-"));
    try {
      const preload = join(dir, "rss.js");
      writeFileSync(preload, RSS_PRELOAD);
      const bare = join(dir, "bare.js");
      writeFileSync(bare, BARE_READ);
      const reader = join(dir, "reader.js");
      writeFileSync(reader, READER);
      const region = regionByName("浙江省")!;

      const batch = join(dir, "batch");
      const files = await writeBatch(batch, FILES, ROWS_PER_FILE);
      const [check, read, readerBatch] = compare(
        [
          [QBENCH, "check", batch, "--json", "--today", "2021-06-20"],
          [bare, ...files],
          [reader, ...files],
        ],
        preload,
      ) as [ChildRun, ChildRun, ChildRun];

      const big = join(dir, "big.xlsx");
      await writeBigWorkbook(big, generateRows(BIG_ROWS, region));
      const [bigCheck, bigRead, readerBig] = compare(
        [
          [QBENCH, "check", big, "--json", "--today", "2021-06-20"],
          [bare, big],
          [reader, big],
        ],
        preload,
      ) as [ChildRun, ChildRun, ChildRun];

      const batchRatio = check.ms / read.ms;
      const bigRatio = bigCheck.ms / bigRead.ms;
      const readerBatchRatio = readerBatch.ms / read.ms;
      const readerBigRatio = readerBig.ms / bigRead.ms;
      const lines: BenchLine[] = [
        { metric: `qbench check, ${FILES} workbooks × ${ROWS_PER_FILE} rows`, value: formatMs(check.ms) },
        { metric: "bare exceljs read of the same files", value: formatMs(read.ms) },
        {
          metric: "ratio check / bare read (200 files)",
          value: `${batchRatio.toFixed(2)}×`,
          target: `≤ ${TARGET_BATCH}×`,
          ok: batchRatio <= TARGET_BATCH,
        },
        { metric: "qbench's reader alone (readWorkbook) of the same files", value: formatMs(readerBatch.ms) },
        {
          metric: "ratio reader / bare read (200 files)",
          value: `${readerBatchRatio.toFixed(2)}×`,
          target: `≤ ${TARGET_READER_BATCH}×`,
          ok: readerBatchRatio <= TARGET_READER_BATCH,
        },
        { metric: `qbench check, one workbook of ${BIG_ROWS.toLocaleString("en-US")} rows`, value: formatMs(bigCheck.ms) },
        { metric: "bare exceljs read of it", value: `${formatMs(bigRead.ms)}, peak ${bigRead.rssMb.toFixed(0)} MB` },
        {
          metric: `ratio check / bare read (${BIG_ROWS.toLocaleString("en-US")} rows)`,
          value: `${bigRatio.toFixed(2)}×`,
          target: `≤ ${TARGET_BIG}×`,
          ok: bigRatio <= TARGET_BIG,
        },
        { metric: "qbench's reader alone of it", value: `${formatMs(readerBig.ms)}, peak ${readerBig.rssMb.toFixed(0)} MB` },
        {
          metric: `ratio reader / bare read (${BIG_ROWS.toLocaleString("en-US")} rows)`,
          value: `${readerBigRatio.toFixed(2)}×`,
          target: `≤ ${TARGET_READER_BIG}×`,
          ok: readerBigRatio <= TARGET_READER_BIG,
        },
        {
          metric: "qbench check peak memory (child RSS)",
          value: `${bigCheck.rssMb.toFixed(0)} MB`,
          target: `≤ ${TARGET_RSS_MB} MB`,
          ok: bigCheck.rssMb <= TARGET_RSS_MB,
        },
      ];
      return { kind: "measured", lines };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
