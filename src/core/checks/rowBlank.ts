import type { Check } from "./check";

/** A blank row between data rows: harmless to read, but it prints as a gap in the list. */
export const rowBlankCheck: Check = {
  type: "row-blank",
  codes: ["row-blank"],
  start(ctx) {
    for (const rowNumber of ctx.form.blankRows) ctx.row("row-blank", rowNumber);
    return {};
  },
};
