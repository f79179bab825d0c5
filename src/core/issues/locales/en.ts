import { FORM_COLUMNS } from "../../form/columns";
import { quotaLabel } from "../../quota/label";
import type { Locale } from "../locale";
import { quoted as q, reasonTexts } from "../locale";
import {
  type ContactNameReason,
  type DateOutOfRangeReason,
  type EnterpriseNameReason,
  type ExperiencePatternReason,
  type ReasonList,
  type ParamsOf,
} from "../registry";

function list<R extends string>(reasons: ReasonList<R>, text: (r: R) => string): string {
  return reasonTexts(reasons, text, "; ");
}

const englishNames = new Map<string, string>(FORM_COLUMNS.map((c) => [c.name, c.en]));
/** The form's column by its English name; a name outside the form as it is. */
function col(name: string | undefined): string {
  if (name === undefined) return "";
  return englishNames.get(name) ?? name;
}

const ENTERPRISE_NAME: Readonly<Record<EnterpriseNameReason, string>> = {
  "no-form-suffix": "it does not end in an organisation form such as 有限公司, 股份有限公司, 集团 or 厂",
  "edge-symbol": "it starts or ends with a stray symbol",
  "stray-symbol": "it contains symbols such as *, # or ? that names do not",
  whitespace: "it contains stray spaces or line breaks",
  "half-width-brackets": "brackets should be full-width （）, as on the business licence",
};

const EXPERIENCE_PATTERN: Readonly<Record<ExperiencePatternReason, string>> = {
  "no-experience-suffix": "it should end in 经验",
  "no-enterprise": "it does not name the enterprise (e.g. by its short name)",
};

const CONTACT_NAME: Readonly<Record<ContactNameReason, string>> = {
  phone: "it holds a phone number",
  digits: "it holds digits",
  "job-title": "it holds a job title, which belongs in 职务",
  honorific: "it is a form of address, not a name",
};

/** English, for the reviewer who does not read Chinese; the form's own words stay in Chinese. */

/** What a broken seal names, each kind of change in its own words. */
function sealBrokenEn(p: ParamsOf<"seal-broken">): string {
  if (p.lost === "missing") return "Seal broken: the sheet is still protected as sealed, but its seal record was removed";
  if (p.lost === "damaged") return "Seal broken: the seal record is damaged or incomplete and cannot be checked";
  const parts = [
    p.cells,
    p.printed === undefined ? "" : `${p.printed} print other text`,
    p.rowsHidden === undefined ? "" : `row ${p.rowsHidden} hidden`,
    p.rowsShown === undefined ? "" : `row ${p.rowsShown} shown again`,
    p.columnsHidden === undefined ? "" : `column ${p.columnsHidden} hidden`,
    p.columnsShown === undefined ? "" : `column ${p.columnsShown} shown again`,
    p.printArea === undefined ? "" : `print area changed (${p.printArea})`,
    p.record === undefined ? "" : "the seal record itself was edited (who, when, the unit, the count, the confirmed warnings or the quota)",
  ].filter((t) => t !== "");
  return `Content changed after sealing: ${parts.join("; ")}`;
}

export const en: Locale = {
  "sheet-not-found": {
    message: () => "No sheet holds the form: no header row with 序号, 申报企业名称, 经验名称 …",
    remedy: "Open the workbook filled in on the Annex 3 form, or create the form with “New form” and fill it in",
  },
  "header-missing-column": {
    message: (i) => `The header lacks the column ${col(i.column)}`,
    remedy: "Add the column as the Annex 3 form names it, word for word",
  },
  "header-extra-column": {
    message: (i) => `Column ${q(i.value)} is not part of the form`,
    remedy: "Delete columns the form does not have, or move their content to 备注",
  },
  "header-column-order": {
    message: (i) => `Columns are out of order: ${col(i.column)} should be column ${i.params.expected}`,
    remedy: "Put the columns in the order of the Annex 3 form",
  },
  "title-year-mismatch": {
    message: (i) => `The title says ${i.params.found}; the form is for ${i.params.expected}`,
    remedy: "Change the year in the title to the year of this selection (one-click fix)",
  },
  "unit-missing": { message: () => "The recommending unit is blank", remedy: "Fill in the unit's full name after 推荐单位" },
  "filler-missing": {
    message: () => "The name of the person filling in is blank",
    remedy: "Fill in the name of the person filling in after 填报人",
  },
  "filler-phone-invalid": {
    message: (i) =>
      `The header phone ${i.params.reason === "missing" ? "is blank" : `“${q(i.value)}” is not a valid mobile or landline number`}`,
    remedy: "Give an 11-digit mobile number or a landline with its area code",
  },
  "date-invalid": {
    message: (i) => `The date ${i.params.reason === "missing" ? "is not filled in" : `“${q(i.value)}” is not a valid date`}`,
    remedy: "Give the date of filling in, e.g. 2025年3月1日",
  },
  "date-out-of-range": {
    message: (i) =>
      `The date ${i.params.date} ${list<DateOutOfRangeReason>(i.params.reason, (r) => (r === "future" ? "is later than today" : `is not in ${i.params.year}`))}`,
    remedy: "Check the date: it is in the form's year and not later than today",
  },
  "row-blank": { message: (i) => `Row ${i.row ?? ""} is blank between data rows`, remedy: "Delete blank rows between data rows" },
  "seq-invalid": {
    message: (i) => `No. “${q(i.value)}” should be ${q(i.fix)}`,
    remedy: "Number the rows 1, 2, 3 … without gaps (one-click fix)",
  },
  "value-missing": {
    message: (i) => `${col(i.column)} is empty`,
    remedy: "Fill in the cell; every column but 备注 is required",
  },
  "enterprise-name-format": {
    message: (i) => `“${q(i.value)}” does not look like a registered name: ${list(i.params.reason, (r) => ENTERPRISE_NAME[r])}`,
    remedy: "Give the registered name as on the business licence (stray spaces and half-width brackets: one-click fix)",
  },
  "enterprise-duplicate": {
    message: (i) => `Enterprise “${q(i.value)}” appears twice; see also row ${i.params.otherRow}`,
    remedy: "One experience per enterprise: delete or merge the repeated rows",
  },
  "experience-name-too-long": {
    message: (i) => `The experience title has ${i.params.length} characters; at most 40 are allowed`,
    remedy: "Shorten the title to 40 characters",
  },
  "experience-name-pattern": {
    message: (i) =>
      `The experience title does not follow “(enterprise) + (method) + 经验”: ${list(i.params.reason, (r) => EXPERIENCE_PATTERN[r])}`,
    remedy: "Name it short enterprise name + method + 经验, e.g. 某某科技数字化质量管控经验",
  },
  "experience-duplicate": {
    message: (i) => `The experience title “${q(i.value)}” appears twice; see also row ${i.params.otherRow}`,
    remedy: "Give every experience its own title",
  },
  "city-unknown": {
    message: (i) => `“${q(i.value)}” is not a prefecture-level division of ${i.params.region}`,
    remedy: "Give the full name of a prefecture-level city (州, 盟) of the region",
  },
  "city-normalizable": {
    message: (i) => `City “${q(i.value)}” should be written “${q(i.fix)}”`,
    remedy: "Write the prefecture's full name (one-click fix)",
  },
  "city-county-level": {
    message: (i) => `“${q(i.value)}” is county-level; the city is ${i.params.city}`,
    remedy: "Give the prefecture the county belongs to (one-click fix when there is only one)",
  },
  "industry-unknown": {
    message: (i) => `Industry “${q(i.value)}” is not a GB/T 4754-2017 division`,
    remedy: "Give a GB/T 4754-2017 division by name or two-digit code, e.g. 计算机、通信和其他电子设备制造业 or 39",
  },
  "industry-out-of-scope": {
    message: (i) => `“${q(i.value)}” is in section ${i.params.sectionCode}, outside industry (sections B, C, D)`,
    remedy: "Check the industry: the benchmarks are for industrial enterprises (sections B, C, D)",
  },
  "amount-not-number": {
    message: (i) => `${col(i.column)} “${q(i.value)}” is not a number`,
    remedy: "Enter a number in the unit the header states (万元)",
  },
  "amount-text-number": {
    message: (i) => `${col(i.column)} “${q(i.value)}” is a number stored as text; it should be ${q(i.fix)}`,
    remedy: "Make the cell a number (one-click fix)",
  },
  "amount-negative": {
    message: (i) =>
      `${col(i.column)} is ${q(i.value)}: ${i.params.reason === "negative" ? "it cannot be negative" : "total assets cannot be zero"}`,
    remedy: "Check the amount: assets, revenue and profit and tax are never negative, assets never zero",
  },
  "amount-unit-suspect": {
    message: (i) => `${col(i.column)} is ${q(i.value)}: it looks entered in yuan rather than ${i.params.unit}`,
    remedy: "Check the unit: amounts are in 万元; divide yuan by 10 000",
  },
  "profit-not-positive": {
    message: (i) => `Total profit is ${q(i.value)}; applicants must have been profitable three years in a row`,
    remedy: "Check the profit; an enterprise with a loss is not eligible",
  },
  "tax-less-than-profit": {
    message: (i) => `Profit and tax ${q(i.value)} is less than total profit ${i.params.profit} (profit and tax = profit + taxes)`,
    remedy: "Check both amounts: profit and tax is at least the profit",
  },
  "profit-exceeds-revenue": {
    message: (i) => `Total profit ${q(i.value)} exceeds operating revenue ${i.params.revenue}`,
    remedy: "Check whether the two were swapped or entered in different units",
  },
  "contact-name-invalid": {
    message: (i) => `Contact “${q(i.value)}” is not a person's name: ${list(i.params.reason, (r) => CONTACT_NAME[r])}`,
    remedy: "Give the contact's name only; the position goes in 职务, the phone in 联系方式",
  },
  "phone-invalid": {
    message: (i) => `“${q(i.value)}” is not a valid mobile or landline number`,
    remedy: "Give an 11-digit mobile number or a landline with its area code",
  },
  "phone-normalizable": {
    message: (i) =>
      `Phone “${q(i.value)}” is better written “${q(i.fix)}”${i.params?.reason === "number-cell" ? " (the cell holds a number; store it as text so that a leading 0 or digits are not lost)" : ""}`,
    remedy: "Write the number the usual way, stored as text (one-click fix)",
  },
  "phone-shared": {
    message: (i) => `Phone ${q(i.value)} is given for different enterprises (see also row ${i.params.otherRow})`,
    remedy: "Check the number: each enterprise gives its own contact's phone",
  },
  "remark-year-missing": {
    message: () => "The remark names an earlier provincial benchmark but gives no year",
    remedy: "Give the year in the remark, e.g. 2023年省质量标杆",
  },
  "remark-year-invalid": {
    message: (i) => `The year ${i.params.year} in the remark must be before ${i.params.formYear}`,
    remedy: "Check the year in the remark",
  },
  "total-row-mismatch": {
    message: (i) => `The total row's ${col(i.column)} is ${q(i.value)}; the rows above sum to ${i.params.expected}`,
    remedy: "Recompute the total row, or delete it",
  },
  "merged-data-cells": {
    message: (i) => `Merged cells ${i.params.range} in the data rows; the value was read into each row`,
    remedy: "Unmerge the cells and give each row its own value",
  },
  "quota-exceeded": {
    message: (i) => `Quota exceeded: ${quotaLabel(i.params.kind, i.params.key, "en")} allows ${i.params.limit}, ${i.params.count} entered`,
    remedy: "Remove enterprises down to the quota",
  },
  "quota-unit-unknown": {
    message: (i) => `The quota table has no entry for the unit “${q(i.value)}”`,
    remedy: "Name the unit as the quota table does, or ask the office to add it",
  },
  "seal-missing": { message: () => "The sheet is not sealed", remedy: "Seal the sheet in the add-in once it is checked" },
  "seal-broken": {
    message: (i) => sealBrokenEn(i.params),
    remedy: "Undo the changes made after sealing, or check again and seal anew",
  },
  "enterprise-recommended-twice": {
    message: (i) => `Enterprise “${q(i.value)}” is recommended by ${i.params.units}`,
    remedy: "An enterprise is recommended by one unit only; the units agree which one keeps it",
  },
  unreadable: {
    message: (i) => `Cannot be read: ${i.params.reason}`,
    remedy: "Open it in Excel or WPS, save it as .xlsx and try again",
  },
};
