import { ENTERPRISE_INDEX, EXPERIENCE_INDEX } from "../form/columns";
import { cellText, isBlank, isWhiteSpaceCode } from "../grid/cell";
import { reasonList, type ExperiencePatternReason } from "../issues/registry";
import { textNamesEnterprise } from "../text/enterpriseName";
import { FIRST_IDEOGRAPH } from "../text/ideograph";
import { nameKey } from "../text/normalize";
import type { Check } from "./check";

/** Quotes, title marks and end punctuation around a title do not change what it ends in. */
const LEADING_WRAP = /^[\s《“"'「『]+/;
const TRAILING_WRAP = /[\s》”"'」』。.;；,，!！]+$/;

/** The characters LEADING_WRAP takes besides white space; all of them come before the ideographs. */
const OPENING_WRAPS = new Set(Array.from("《“\"'「『", (c) => c.charCodeAt(0)));

/** The title without its wrapping; `endsInExperience` says that it ends in 经验 as written. */
function unwrap(text: string, endsInExperience: boolean): string {
  // Most titles end in 经验 itself and start with the enterprise: skip the searches for those.
  const end = endsInExperience ? text : text.replace(TRAILING_WRAP, "");
  const first = end.charCodeAt(0);
  const wrapped = first < FIRST_IDEOGRAPH && (isWhiteSpaceCode(first) || OPENING_WRAPS.has(first));
  return wrapped ? end.replace(LEADING_WRAP, "") : end;
}

/**
 * Annex 2 names a benchmark （企业）+（典型方法技术）+（经验）, e.g. ××公司实施六西格玛设计的经验: the
 * title ends in 经验 and names the enterprise — by any two neighbouring characters of what tells
 * the enterprise apart (its name without places in front and organisation forms behind), so that
 * a short name such as 海康威视 counts.
 */
export const experiencePatternCheck: Check = {
  type: "experience-name-pattern",
  codes: ["experience-name-pattern"],
  start() {
    return {
      row(row, ctx) {
        const value = row.values[EXPERIENCE_INDEX] ?? null;
        if (isBlank(value)) return;
        const text = cellText(value);
        const endsInExperience = text.endsWith("经验");
        const title = unwrap(text, endsInExperience);
        const suffixMissing = !endsInExperience && !title.endsWith("经验");
        let enterpriseMissing = false;
        if (!isBlank(row.values[ENTERPRISE_INDEX] ?? null)) {
          // Nearly every title needs no unwrapping, and then its key is the one the duplicate rule uses.
          const titleKey = title === text ? ctx.nameKey(row, EXPERIENCE_INDEX) : nameKey(title);
          enterpriseMissing = !textNamesEnterprise(titleKey, ctx.nameKey(row, ENTERPRISE_INDEX));
        }
        if (!suffixMissing && !enterpriseMissing) return;
        const reasons: ExperiencePatternReason[] = [];
        if (suffixMissing) reasons.push("no-experience-suffix");
        if (enterpriseMissing) reasons.push("no-enterprise");
        const reason = reasonList(reasons);
        if (reason !== undefined) ctx.cell("experience-name-pattern", row, "experience", { params: { reason } });
      },
    };
  },
};
