import { valueOf } from "../form/formRow";
import { cellText, isBlank } from "../grid/cell";
import { isEarlierBenchmarkRemark } from "../text/benchmarkRemark";
import { findYears } from "../text/year";
import type { Check } from "./check";

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
    return {
      row(row, c) {
        const value = valueOf(row, "remark");
        if (isBlank(value)) return;
        const text = cellText(value);
        if (!isEarlierBenchmarkRemark(text)) return;
        const years = findYears(text);
        if (years.length === 0) c.cell("remark-year-missing", row, "remark");
        else if (!years.some((y) => y < formYear)) {
          c.cell("remark-year-invalid", row, "remark", { params: { year: years[0]!, formYear } });
        }
      },
    };
  },
};
