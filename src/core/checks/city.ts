import { CITY_INDEX } from "../form/columns";
import { cellText, isBlank } from "../grid/cell";
import { matchCity } from "../reference/cities";
import type { Check } from "./check";

/**
 * 所在市 must be a prefecture-level division of the unit's region (any in China for an industry
 * association). A short form gets the full name as its fix; a county gets its prefecture, unless
 * several prefectures of the region share the county's name (鼓楼区), when the candidates are named
 * and no fix is offered.
 */
export const cityCheck: Check = {
  type: "city-in-region",
  codes: ["city-unknown", "city-normalizable", "city-county-level"],
  start(ctx) {
    const region = ctx.options.region;
    return {
      row(row, ctx) {
        const value = row.values[CITY_INDEX] ?? null;
        if (isBlank(value)) return; // value-missing reports it
        const match = matchCity(region, cellText(value));
        switch (match.kind) {
          case "exact":
            return;
          case "normalizable":
            ctx.cell("city-normalizable", row, "city", { fix: match.city });
            return;
          case "county":
            ctx.cell("city-county-level", row, "city", { fix: match.city, params: { city: match.city } });
            return;
          case "county-ambiguous":
            ctx.cell("city-county-level", row, "city", { params: { city: match.cities.join(" / ") } });
            return;
          case "unknown":
            ctx.cell("city-unknown", row, "city", { params: { region: region.name } });
        }
      },
    };
  },
};
