import { cellText } from "../grid/cell";
import type { Check } from "./check";

/**
 * The title names the form's year. A form copied from last year's file keeps last year's title;
 * the fix rewrites only the year in it.
 */
export const titleYearCheck: Check = {
  type: "title-year",
  codes: ["title-year-mismatch"],
  start(ctx) {
    const { form } = ctx;
    const expected = ctx.options.spec.year;
    const found = form.titleYear;
    if (found === undefined || found === expected) return {};
    const title = form.title;
    const text = title === undefined ? "" : cellText(title.value);
    const fixable = typeof title?.value === "string" && text.includes(`${found}年`);
    ctx.sheet("title-year-mismatch", {
      ...(title ? { cell: title.cell, value: title.value } : {}),
      params: { found, expected },
      ...(fixable ? { fix: text.replace(`${found}年`, `${expected}年`) } : {}),
    });
    return {};
  },
};
