import { REMARK_INDEX } from "../form/columns";
import { cellText, isBlank } from "../grid/cell";
import { isEarlierBenchmarkRemark } from "../text/benchmarkRemark";
import { findYears } from "../text/year";
import type { Check } from "./check";

const FINE = "fine";
const MISSING = "missing";
/** What a remark says about the year: nothing to report, no year, or the first year named, which is too late. */
type Verdict = typeof FINE | typeof MISSING | number;

function judge(text: string, formYear: number): Verdict {
  if (!isEarlierBenchmarkRemark(text)) return FINE;
  const years = findYears(text);
  if (years.length === 0) return MISSING;
  return years.some((y) => y < formYear) ? FINE : years[0]!;
}

/**
 * The form's note: 推荐申报全国质量标杆的往年全省质量标杆，请在备注栏注明公布年度. A remark that
 * claims an earlier provincial benchmark names the year it was announced, and that year lies
 * before the form's. Several years are fine when one of them does (2018年省质量标杆，2021年复评).
 */
export const remarkYearCheck: Check = {
  type: "remark-year",
  codes: ["remark-year-missing", "remark-year-invalid"],
  start(ctx) {
    const formYear = ctx.options.spec.year;
    // Remarks repeat down a sheet (2019年省质量标杆 …), and reading one takes a dozen regular
    // expressions: each distinct text is read once per form.
    const verdicts = new Map<string, Verdict>();
    const verdictOf = (text: string): Verdict => {
      let verdict = verdicts.get(text);
      if (verdict === undefined) {
        verdict = judge(text, formYear);
        verdicts.set(text, verdict);
      }
      return verdict;
    };
    return {
      row(row, c) {
        const value = row.values[REMARK_INDEX] ?? null;
        if (isBlank(value)) return;
        const verdict = verdictOf(cellText(value));
        if (verdict === MISSING) c.cell("remark-year-missing", row, "remark");
        else if (verdict !== FINE) c.cell("remark-year-invalid", row, "remark", { params: { year: verdict, formYear } });
      },
    };
  },
};
