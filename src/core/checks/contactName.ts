import { CONTACT_INDEX } from "../form/columns";
import { cellText, isBlank } from "../grid/cell";
import { reasonList, type ContactNameReason, type ReasonList } from "../issues/registry";
import { FIRST_IDEOGRAPH, isIdeograph, LAST_IDEOGRAPH } from "../text/ideograph";
import type { Check } from "./check";

/** Seven digits or more, however grouped, are a phone number rather than a stray digit. */
const PHONE_LIKE = /(?:[0-9０-９][\s\-－()（）+]*){7,}/;
/**
 * Job titles clerks put beside or instead of the name (王经理, 张芳（质量部部长）). None of them
 * is a plausible given name, so a title anywhere in the cell counts.
 */
const CHINESE_TITLES = [
  "经理",
  "部长",
  "主任",
  "总监",
  "科长",
  "处长",
  "局长",
  "厂长",
  "院长",
  "所长",
  "董事",
  "总裁",
  "副总",
  "总工",
  "主管",
  "工程师",
  "书记",
  "秘书",
  "助理",
  "负责人",
  "专员",
  "组长",
  "班长",
  "主席",
];
const JOB_TITLE = new RegExp(`${CHINESE_TITLES.join("|")}|\\b(?:manager|director|engineer|ceo|cto|cfo)\\b`, "i");
/** 王先生, 李女士: how one addresses a person, not who the person is. */
const HONORIFICS = ["先生", "女士", "小姐", "同志"];
const HONORIFIC = new RegExp(`(?:${HONORIFICS.join("|")})$`);

/*
 * Nearly every cell is a plain name of two or three ideographs. One pass over its characters tells
 * which patterns could match at all, so that most cells need none of them: a digit for the phone
 * rules, a character that starts a title (or a Latin letter) for JOB_TITLE, and a character that
 * ends an honorific as the last one for HONORIFIC.
 * The title starts are one bit per ideograph, since every character of every name asks.
 */
const TITLE_STARTS = new Int32Array(((LAST_IDEOGRAPH - FIRST_IDEOGRAPH) >>> 5) + 1);
for (const t of CHINESE_TITLES) {
  const bit = t.charCodeAt(0) - FIRST_IDEOGRAPH;
  TITLE_STARTS[bit >>> 5] = TITLE_STARTS[bit >>> 5]! | (1 << (bit & 31));
}
const HONORIFIC_ENDS = new Set(HONORIFICS.map((h) => h.charCodeAt(h.length - 1)));

function startsTitle(c: number): boolean {
  if (!isIdeograph(c)) return false;
  const bit = c - FIRST_IDEOGRAPH;
  return (TITLE_STARTS[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function reasonsFor(text: string): ReasonList<ContactNameReason> | undefined {
  let digit = false;
  let titleStart = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) digit = true;
    else if (startsTitle(c) || isLatinLetter(c)) titleStart = true;
  }
  const honorificEnd = HONORIFIC_ENDS.has(text.charCodeAt(text.length - 1));
  if (!digit && !titleStart && !honorificEnd) return undefined;
  const reasons: ContactNameReason[] = [];
  if (digit) reasons.push(PHONE_LIKE.test(text) ? "phone" : "digits");
  if (titleStart && JOB_TITLE.test(text)) reasons.push("job-title");
  else if (honorificEnd && HONORIFIC.test(text)) reasons.push("honorific");
  return reasonList(reasons);
}

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
        const value = row.values[CONTACT_INDEX] ?? null;
        if (isBlank(value)) return;
        const reason = reasonsFor(cellText(value).trim());
        if (reason !== undefined) ctx.cell("contact-name-invalid", row, "contact", { params: { reason } });
      },
    };
  },
};
