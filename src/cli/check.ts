import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { SingleBar } from "cli-progress";
import type { Lang } from "../core/issues/lang";
import { parseQuotaTableJson, quotaTableFromGrid, type QuotaTable } from "../core/quota";
import type { Region } from "../core/reference";
import { exitStatus, type BatchFile, type BatchReport } from "../core/report";
import { readWorkbook } from "../xlsx/readGrids";
import { Unreadable } from "../xlsx/unreadable";
import { checkBatch } from "../core/analysis";
import { inOrder } from "./inOrder";
import { loadFile } from "./loadFile";
import { renderHumanReport } from "./humanReport";
import { planOutput, writeOutput } from "./safeOutput";
import { terminalJson } from "./terminalText";
import { UsageError } from "./usage";
import { toolVersion } from "./version";
import { collectInputs } from "./walk";

export interface CheckOptions {
  readonly year?: number;
  readonly region?: Region;
  readonly quota?: string;
  readonly requireSeal: boolean;
  readonly json: boolean;
  readonly report?: string;
  /** `--force`: the report may replace an existing file (never an input). */
  readonly force: boolean;
  readonly lang: Lang;
  readonly today: Date;
  /** `--password`: opens every encrypted workbook of the batch; never written anywhere. */
  readonly password?: string;
}

/** Reads the office's quota table: JSON (`[{unit,total,…}]` or `{unit: total}`) or an .xlsx with 推荐单位 | 名额. */
export async function loadQuotaTable(path: string): Promise<QuotaTable> {
  let result;
  if (extname(path).toLowerCase() === ".json") {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(path, "utf8"));
    } catch (e) {
      throw new UsageError(
        `名额表 ${path} 无法读取：${(e as Error).message}`,
        `cannot read the quota table ${path}: ${(e as Error).message}`,
      );
    }
    result = parseQuotaTableJson(json);
  } else {
    try {
      const { grids } = await readWorkbook(path);
      result = quotaTableFromGrid(grids.find((g) => g.values.length > 0) ?? grids[0]!);
    } catch (e) {
      if (e instanceof Unreadable)
        throw new UsageError(`名额表 ${path} 无法读取：${e.reasonZh}`, `cannot read the quota table ${path}: ${e.reasonEn}`);
      throw e;
    }
  }
  if ("error" in result)
    throw new UsageError(`名额表 ${path} 有误：${result.error}`, `the quota table ${path} is invalid: ${result.error}`);
  return result;
}

function progressBar(total: number): { tick(): void; stop(): void } {
  if (!process.stderr.isTTY || total < 5) return { tick() {}, stop() {} };
  const bar = new SingleBar({ stream: process.stderr, format: "{bar} {value}/{total} {file}", hideCursor: true, clearOnComplete: true });
  bar.start(total, 0, { file: "" });
  return { tick: () => bar.increment(), stop: () => bar.stop() };
}

export interface CheckResult {
  readonly report: BatchReport;
  readonly files: readonly BatchFile[];
  readonly status: 0 | 1 | 2;
}

/** Files read at once: enough to keep the processor busy while others are opened, few enough to bound memory (`inOrder`). */
const FILES_IN_FLIGHT = 3;

/** `qbench check`: every file read and checked, then cross-file checks, the report and the exit status. */
export async function runCheck(paths: readonly string[], options: CheckOptions): Promise<CheckResult> {
  const inputs = await collectInputs(paths);
  if (inputs.length === 0)
    throw new UsageError(
      "没有找到要检查的文件（.xlsx/.xlsm/.xlsb/.xls/.et/.ods/.csv）",
      "no files to check (.xlsx/.xlsm/.xlsb/.xls/.et/.ods/.csv)",
    );
  // The report's target is checked before the long work, so that a batch never ends in a refusal.
  const reportPlan =
    options.report === undefined
      ? undefined
      : await planOutput({ path: options.report, force: options.force, inputs: [...inputs, ...(options.quota ? [options.quota] : [])] });
  const quotaTable = options.quota === undefined ? undefined : await loadQuotaTable(options.quota);
  const bar = progressBar(inputs.length);
  const loaded = await inOrder(
    inputs,
    FILES_IN_FLIGHT,
    (path) => loadFile(path, { requireSeal: options.requireSeal }, options.password),
    () => bar.tick(),
  );
  bar.stop();
  const { report, files } = checkBatch(loaded, {
    ...(options.year === undefined ? {} : { year: options.year }),
    ...(options.region ? { region: options.region } : {}),
    ...(quotaTable ? { quotaTable } : {}),
    today: options.today,
    lang: options.lang,
    toolVersion: toolVersion(),
  });
  if (reportPlan !== undefined) {
    const { writeReportFile } = await import("../xlsx/writeReport");
    await writeOutput(reportPlan, (tmp) => writeReportFile(report, files, options.lang, tmp));
  }
  return { report, files, status: exitStatus(report) };
}

export function printCheck(result: CheckResult, json: boolean): void {
  process.stdout.write(json ? `${terminalJson(result.report)}\n` : `${renderHumanReport(result.report)}\n`);
}
