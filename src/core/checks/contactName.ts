import { valueOf } from "../form/formRow";
import { cellText, isBlank } from "../grid/cell";
import type { CONTACT_NAME_REASONS } from "../issues/reasons";
import type { Check } from "./check";

type Reason = keyof typeof CONTACT_NAME_REASONS;

/** Seven digits or more, however grouped, are a phone number rather than a stray digit. */
const PHONE_LIKE = /(?:[0-9０-９][\s\-－()（）+]*){7,}/;
const DIGIT = /[0-9０-９]/;
/**
 * Job titles clerks put beside or instead of the name (王经理, 张芳（质量部部长）). None of them
 * is a plausible given name, so a title anywhere in the cell counts.
 */
const JOB_TITLE =
  /经理|部长|主任|总监|科长|处长|局长|厂长|院长|所长|董事|总裁|副总|总工|主管|工程师|书记|秘书|助理|负责人|专员|组长|班长|主席|\b(?:manager|director|engineer|ceo|cto|cfo)\b/i;
/** 王先生, 李女士: how one addresses a person, not who the person is. */
const HONORIFIC = /(?:先生|女士|小姐|同志)$/;

/**
 * 申报联系人 is a person's name — 王芳, 买买提·艾力, John Smith. Digits, a phone number or a job
 * title there mean the clerk filled the wrong column or merged two.
 */
export const contactNameCheck: Check = {
  type: "contact-name",
  codes: ["contact-name-invalid"],
  start() {
    return {
      row(row, ctx) {
        const value = valueOf(row, "contact");
        if (isBlank(value)) return;
        const text = cellText(value).trim();
        const reasons: Reason[] = [];
        if (PHONE_LIKE.test(text)) reasons.push("phone");
        else if (DIGIT.test(text)) reasons.push("digits");
        if (JOB_TITLE.test(text)) reasons.push("job-title");
        else if (HONORIFIC.test(text)) reasons.push("honorific");
        if (reasons.length > 0) ctx.cell("contact-name-invalid", row, "contact", { params: { reason: reasons.join(",") } });
      },
    };
  },
};
