import Ajv from "ajv";
import type { Check } from "../../src/core/checks/check";
import { CHECKS as TSX_CHECKS } from "../../src/core/checks";
import { validateForm as tsxValidateForm } from "../../src/core/checks/validate";
import { COLUMN_KEYS } from "../../src/core/form/columns";
import { formSpec } from "../../src/core/form/formSpec";
import type { Issue } from "../../src/core/issues/issue";
import { regionByName } from "../../src/core/reference";
import { formOf, generateRows, type GeneratedRow } from "../lib/generate";
import { rowArraySchema } from "../lib/rowSchema";
import type { BenchLine, BenchSection } from "../lib/section";
import { compileShippedCore } from "../lib/shippedCore";
import { formatMs, formatRate, measure, measureTogether } from "../lib/timing";

const ROWS = 100_000;
const YEAR = 2021;
const TARGET_MS = 500;
const TARGET_RATIO = 3;
/** How many of the slowest checks to name, so a slow run says where the time goes. */
const SLOWEST_SHOWN = 5;
/**
 * Untimed runs first: the rules are many small functions, which the JIT optimises one after
 * another, later still on a machine whose cores are busy with other work.
 */
const WARMUP = 5;

/** Rows as JSON a schema validator would receive: blank cells are absent keys. */
function asJson(rows: readonly GeneratedRow[]): object[] {
  return rows.map((r) => {
    const o: Record<string, unknown> = {};
    for (const k of COLUMN_KEYS) if (r[k] !== null) o[k] = r[k];
    return o;
  });
}

export const section: BenchSection = {
  name: "core validation",
  run() {
    const shipped = compileShippedCore();
    try {
      const { validateForm } = shipped.load<typeof import("../../src/core/checks/validate")>("checks/validate");
      const { CHECKS } = shipped.load<typeof import("../../src/core/checks")>("checks/index");
      const region = regionByName("浙江省")!;
      const rows = generateRows(ROWS, region);
      const form = formOf(rows, YEAR);
      const options = { spec: formSpec(YEAR), region, today: new Date(Date.UTC(YEAR, 11, 31)) };

      const ajv = new Ajv({ allErrors: true, strict: false });
      const validate = ajv.compile(rowArraySchema(region));
      const json = asJson(rows);
      const [core, baseline] = measureTogether<Issue[] | number>(
        [() => validateForm(form, options, CHECKS), () => (validate(json) ? 0 : (validate.errors?.length ?? 0))],
        { warmup: WARMUP },
      );
      const ratio = core!.medianMs / baseline!.medianMs;
      const underTsx = measure(() => tsxValidateForm(form, options, TSX_CHECKS), { warmup: WARMUP });

      const lines: BenchLine[] = [
        {
          metric: `validateForm, ${ROWS.toLocaleString("en-US")} rows, ${CHECKS.length} checks`,
          value: `${formatMs(core!.medianMs)} (${formatRate(ROWS, core!.medianMs)})`,
          target: `< ${TARGET_MS} ms`,
          ok: core!.medianMs < TARGET_MS,
        },
        {
          metric: "ajv baseline (per-cell JSON Schema)",
          value: `${formatMs(baseline!.medianMs)} (${formatRate(ROWS, baseline!.medianMs)})`,
        },
        { metric: "ratio core / ajv", value: `${ratio.toFixed(2)}×`, target: `≤ ${TARGET_RATIO}×`, ok: ratio <= TARGET_RATIO },
        { metric: "findings (core issues / ajv errors)", value: `${count(core!.result)} / ${count(baseline!.result)}` },
        { metric: "validateForm as tsx runs it (not shipped)", value: formatMs(underTsx.medianMs) },
      ];
      for (const { check, ms } of slowestChecks(CHECKS, (only) => validateForm(form, options, only))) {
        lines.push({ metric: `  check ${check.type}`, value: `${formatMs(ms)} alone` });
      }
      return { kind: "measured", lines };
    } finally {
      shipped.dispose();
    }
  },
};

function count(result: Issue[] | number): number {
  return typeof result === "number" ? result : result.length;
}

function slowestChecks(checks: readonly Check[], run: (only: readonly Check[]) => unknown): { check: Check; ms: number }[] {
  return checks
    .map((check) => ({ check, ms: measure(() => run([check]), { warmup: 1, runs: 3 }).medianMs }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, SLOWEST_SHOWN);
}
