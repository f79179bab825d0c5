import { COLUMN_KEYS, FORM_COLUMNS } from "../../src/core/form/columns";
import { formSpec } from "../../src/core/form/formSpec";
import type { CellValue } from "../../src/core/grid/cell";
import type { CellRange, Grid } from "../../src/core/grid/grid";
import { readForm } from "../../src/core/reader";
import { regionByName } from "../../src/core/reference";
import { generateRows } from "../lib/generate";
import type { BenchLine, BenchSection } from "../lib/section";
import { formatMs, formatRate, measure } from "../lib/timing";

const ROWS = 100_000;
const YEAR = 2021;
const TARGET_MS = 100;
/** Reading may cost at most this much more than copying each row's cells, which it must do anyway. */
const TARGET_RATIO = 3;

/** The generated rows under a header block and header; `offset` blank columns push the table right. */
function gridOf(data: CellValue[][], headings: readonly string[], offset: number, merges: CellRange[]): Grid {
  const pad = (cells: CellValue[]): CellValue[] => [...new Array<CellValue>(offset).fill(null), ...cells];
  return {
    sheet: "附件3",
    origin: { row: 1, col: 1 },
    values: [
      pad(["附件3"]),
      pad([`${YEAR}年工业企业质量标杆申报企业统计表`]),
      pad(["推荐单位（盖章）：", "浙江省经济和信息化厅", "填报人：", "李明", "联系电话：", "0571-87654321", "时间：", `${YEAR}年6月1日`]),
      pad([...headings]),
      ...data.map(pad),
    ],
    merges,
  };
}

export const section: BenchSection = {
  name: "reader",
  run() {
    const rows = generateRows(ROWS, regionByName("浙江省")!).map((r) => COLUMN_KEYS.map((k) => r[k]));
    const headings = FORM_COLUMNS.map((c) => c.name);
    const spec = formSpec(YEAR);
    const template = gridOf(rows, headings, 0, []);
    // A heading the form lacks keeps the header search going past the header, and merges need filling.
    const messy = gridOf(
      rows,
      headings.map((h) => (h === "职务" ? "联系人职称" : h)),
      2,
      Array.from({ length: 1000 }, (_x, i) => ({ top: 10 + i * 90, left: 6, bottom: 12 + i * 90, right: 6 })),
    );

    const read = measure(() => readForm([template], spec).form?.rows.length ?? 0);
    const messyRead = measure(() => readForm([messy], spec).form?.rows.length ?? 0);
    const copy = measure(() => template.values.map((r) => r.slice(0, COLUMN_KEYS.length)).length);
    const ratio = read.medianMs / copy.medianMs;
    const lines: BenchLine[] = [
      {
        metric: `readForm, ${ROWS.toLocaleString("en-US")} rows, template layout`,
        value: `${formatMs(read.medianMs)} (${formatRate(ROWS, read.medianMs)}), ${read.result} rows`,
        target: `< ${TARGET_MS} ms`,
        ok: read.medianMs < TARGET_MS,
      },
      {
        metric: "readForm, offset table, unknown heading, 1000 merges",
        value: `${formatMs(messyRead.medianMs)}, ${messyRead.result} rows`,
        target: `< ${TARGET_MS} ms`,
        ok: messyRead.medianMs < TARGET_MS,
      },
      { metric: "baseline: copy every row's cells", value: formatMs(copy.medianMs) },
      { metric: "ratio readForm / copy", value: `${ratio.toFixed(2)}×`, target: `≤ ${TARGET_RATIO}×`, ok: ratio <= TARGET_RATIO },
    ];
    return { kind: "measured", lines };
  },
};
