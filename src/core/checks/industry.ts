import { INDUSTRY_INDEX } from "../form/columns";
import { cellText, isBlank } from "../grid/cell";
import { isIndustrial, matchIndustry } from "../reference/industries";
import type { Check } from "./check";

/**
 * 所属行业 must be a GB/T 4754-2017 division (大类), by name or code; the selection is for
 * industrial enterprises, so a division outside sections B, C, D is worth a second look.
 */
export const industryCheck: Check = {
  type: "industry-division",
  codes: ["industry-unknown", "industry-out-of-scope"],
  start() {
    return {
      row(row, ctx) {
        const value = row.values[INDUSTRY_INDEX] ?? null;
        if (isBlank(value)) return; // value-missing reports it
        const match = matchIndustry(cellText(value));
        if (match.kind === "unknown") {
          ctx.cell("industry-unknown", row, "industry");
          return;
        }
        const { division } = match;
        if (isIndustrial(division)) return;
        ctx.cell("industry-out-of-scope", row, "industry", {
          params: {
            section: division.sectionName,
            sectionCode: division.section,
            division: division.code,
            divisionName: division.name,
          },
        });
      },
    };
  },
};
