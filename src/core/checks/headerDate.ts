import { reasonList, type DateOutOfRangeReason } from "../issues/registry";
import { calendarDateOf, compareDates, formatDate, parseDate } from "../text/date";
import type { Check } from "./check";

/**
 * 时间 is the day the form was filled in: a real date (the template's `2021年  月  日` counts as
 * not filled in), not after today, and within the form's year.
 */
export const headerDateCheck: Check = {
  type: "header-date",
  codes: ["date-invalid", "date-out-of-range"],
  start(ctx) {
    const field = ctx.form.header.date;
    const where = field ? { cell: field.cell, value: field.value } : { value: null };
    const reading = parseDate(field?.value ?? null);
    if (reading.kind !== "date") {
      ctx.sheet("date-invalid", { ...where, params: { reason: reading.kind === "blank" ? "missing" : "not-a-date" } });
      return {};
    }
    const { date } = reading;
    const year = ctx.options.spec.year;
    const reasons: DateOutOfRangeReason[] = [];
    if (compareDates(date, calendarDateOf(ctx.options.today)) > 0) reasons.push("future");
    if (date.year !== year) reasons.push("other-year");
    const reason = reasonList(reasons);
    if (reason !== undefined) {
      ctx.sheet("date-out-of-range", { ...where, params: { reason, date: formatDate(date), year } });
    }
    return {};
  },
};
