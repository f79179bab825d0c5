import { ENTERPRISE_INDEX } from "../form/columns";
import { cellText, isBlank } from "../grid/cell";
import { reasonList, type EnterpriseNameReason } from "../issues/registry";
import { hasOrganisationForm } from "../text/enterpriseName";
import type { Check } from "./check";

type Reason = EnterpriseNameReason;

/** Symbols that no registered name starts or ends with (a closing bracket may end one). */
const EDGE_SYMBOLS = /^[\s*#?？!！@$%^&_=+|\\~`、,，.。;；:：'"“”‘’·•…\-—]+|[\s*#?？!！@$%^&_=+|\\~`、,，。;；:：'"“”‘’·•…\-—]+$/g;
/** Symbols that no registered name holds anywhere. */
const STRAY_SYMBOLS = /[*#?？!！@$%^=|\\~`<>《》"“”]/;
/**
 * Spaces a reader does not see as part of the name: line breaks, tabs, ideographic or doubled
 * spaces, and any space next to a Chinese character. One space between Latin words is the name.
 */
const STRAY_SPACE = /[\r\n\t\u3000\u00a0]|\s{2}|[^\x21-\x7e]\s|\s[^\x21-\x7e]/;
const SPACE_NEXT_TO_WIDE = /\s+(?=[^\x21-\x7e])|(?<=[^\x21-\x7e])\s+/g;
const HAN = /[\u4e00-\u9fff]/;
const HALF_WIDTH_BRACKET = /[()[\]【】〔〕［］]/;
const OPENING = /[([【〔［]/g;
const CLOSING = /[)\]】〕］]/g;
/** Ideographs, full-width brackets, Latin letters and digits only: nothing to tidy. */
const PLAIN = /^[\u4e00-\u9fff（）A-Za-z0-9]+$/;
/** Reasons a fix can remove on its own. */
const FIXABLE: ReadonlySet<Reason> = new Set<Reason>(["edge-symbol", "whitespace", "half-width-brackets"]);

function tidySpaces(text: string): string {
  return text.replace(/\s+/g, " ").replace(SPACE_NEXT_TO_WIDE, "").trim();
}

/**
 * 申报企业名称 should be the registered name as on the business licence: it ends in an
 * organisation form (有限公司, 集团, 厂 …), holds no stray symbols or spaces, and in a Chinese
 * name brackets are full-width. When only spaces, edge symbols or brackets are wrong, the fix is
 * the cleaned name.
 */
export const enterpriseNameCheck: Check = {
  type: "enterprise-name-format",
  codes: ["enterprise-name-format"],
  start() {
    return {
      row(row, ctx) {
        const value = row.values[ENTERPRISE_INDEX] ?? null;
        if (isBlank(value)) return;
        const text = cellText(value);
        if (PLAIN.test(text) && hasOrganisationForm(text)) return;
        const reasons: Reason[] = [];
        const core = text.replace(EDGE_SYMBOLS, "");
        if (!hasOrganisationForm(tidySpaces(core))) reasons.push("no-form-suffix");
        if (core.trim() !== text.trim()) reasons.push("edge-symbol");
        if (STRAY_SYMBOLS.test(core)) reasons.push("stray-symbol");
        if (STRAY_SPACE.test(core) || text !== text.trim()) reasons.push("whitespace");
        const han = HAN.test(text);
        if (han && HALF_WIDTH_BRACKET.test(core)) reasons.push("half-width-brackets");
        const reason = reasonList(reasons);
        if (reason === undefined) return;
        const fixable = reasons.every((r) => FIXABLE.has(r));
        let fix = tidySpaces(core);
        if (han) fix = fix.replace(OPENING, "（").replace(CLOSING, "）");
        ctx.cell("enterprise-name-format", row, "enterprise", {
          params: { reason },
          ...(fixable ? { fix } : {}),
        });
      },
    };
  },
};
