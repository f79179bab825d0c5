import { FORM_COLUMNS } from "../form/columns";
import { cellText } from "../grid/cell";
import type { IssueCode } from "./codes";
import type { Issue } from "./issue";
import { reasonText } from "./reasons";

export type Lang = "zh" | "en";

/**
 * Message templates. `{value}`, `{column}`, `{cell}` and `{fix}` come from the issue itself; any
 * other `{name}` from its params. A missing param renders as an empty string, never "undefined".
 */
export const MESSAGES: Readonly<Record<IssueCode, Readonly<Record<Lang, string>>>> = {
  "sheet-not-found": {
    zh: "未找到申报企业统计表：没有任何工作表含有表头（序号、申报企业名称、经验名称……）",
    en: "No sheet holds the form: no header row with 序号, 申报企业名称, 经验名称 …",
  },
  "header-missing-column": { zh: "表头缺少“{column}”列", en: "The header lacks the column {column}" },
  "header-extra-column": { zh: "表头多出一列“{value}”，表中没有这一列", en: "Column {value} is not part of the form" },
  "header-column-order": {
    zh: "列的顺序与表样不一致：“{column}”应在第 {expected} 列",
    en: "Columns are out of order: {column} should be column {expected}",
  },
  "title-year-mismatch": {
    zh: "标题年份为 {found} 年，应为 {expected} 年",
    en: "The title says {found}; the form is for {expected}",
  },
  "unit-missing": { zh: "未填写推荐单位", en: "The recommending unit is blank" },
  "filler-missing": { zh: "未填写填报人", en: "The name of the person filling in is blank" },
  "filler-phone-invalid": { zh: "表头联系电话{reason}", en: "The header phone {reason}" },
  "date-invalid": { zh: "时间{reason}", en: "The date {reason}" },
  "date-out-of-range": { zh: "时间 {date} {reason}", en: "The date {date} {reason}" },
  "row-blank": { zh: "第 {row} 行为空行，位于数据行之间", en: "Row {row} is blank between data rows" },
  "seq-invalid": { zh: "序号“{value}”应为 {fix}", en: "No. “{value}” should be {fix}" },
  "value-missing": { zh: "“{column}”未填写", en: "{column} is empty" },
  "enterprise-name-format": {
    zh: "企业名称“{value}”不像注册名称：{reason}",
    en: "“{value}” does not look like a registered name: {reason}",
  },
  "enterprise-duplicate": {
    zh: "企业“{value}”重复出现，另见第 {otherRow} 行",
    en: "Enterprise “{value}” appears twice; see also row {otherRow}",
  },
  "experience-name-too-long": {
    zh: "经验名称共 {length} 字，超过 40 字",
    en: "The experience title has {length} characters; at most 40 are allowed",
  },
  "experience-name-pattern": {
    zh: "经验名称不符合“（企业）+（典型方法技术）+（经验）”的命名规则：{reason}",
    en: "The experience title does not follow “(enterprise) + (method) + 经验”: {reason}",
  },
  "experience-duplicate": {
    zh: "经验名称“{value}”重复，另见第 {otherRow} 行",
    en: "The experience title “{value}” appears twice; see also row {otherRow}",
  },
  "city-unknown": {
    zh: "“{value}”不是{region}的地级行政区",
    en: "“{value}” is not a prefecture-level division of {region}",
  },
  "city-normalizable": { zh: "所在市“{value}”应写全称“{fix}”", en: "City “{value}” should be written “{fix}”" },
  "city-county-level": {
    zh: "“{value}”是县级行政区，所在市应填所属地级行政区：{city}",
    en: "“{value}” is county-level; the city is {city}",
  },
  "industry-unknown": {
    zh: "所属行业“{value}”不是国民经济行业分类（GB/T 4754-2017）的大类",
    en: "Industry “{value}” is not a GB/T 4754-2017 division",
  },
  "industry-out-of-scope": {
    zh: "“{value}”属于{section}，不是工业（采矿业、制造业、电力热力燃气及水生产和供应业）",
    en: "“{value}” is in section {sectionCode}, outside industry (sections B, C, D)",
  },
  "amount-not-number": { zh: "“{column}”的值“{value}”不是数字", en: "{column} “{value}” is not a number" },
  "amount-text-number": {
    zh: "“{column}”的值“{value}”是文本形式的数字，应为 {fix}",
    en: "{column} “{value}” is a number stored as text; it should be {fix}",
  },
  "amount-negative": { zh: "“{column}”为 {value}，{reason}", en: "{column} is {value}: {reasonEn}" },
  "amount-unit-suspect": {
    zh: "“{column}”为 {value}，疑似以元而非{unit}填报",
    en: "{column} is {value}: it looks entered in yuan rather than {unit}",
  },
  "profit-not-positive": {
    zh: "利润总额为 {value}，申报企业须近三年连续盈利",
    en: "Total profit is {value}; applicants must have been profitable three years in a row",
  },
  "tax-less-than-profit": {
    zh: "利税总额 {value} 小于利润总额 {profit}（利税 = 利润 + 税金）",
    en: "Profit and tax {value} is less than total profit {profit} (profit and tax = profit + taxes)",
  },
  "profit-exceeds-revenue": {
    zh: "利润总额 {value} 大于营业收入 {revenue}",
    en: "Total profit {value} exceeds operating revenue {revenue}",
  },
  "contact-name-invalid": {
    zh: "申报联系人“{value}”不是人名：{reason}",
    en: "Contact “{value}” is not a person's name: {reason}",
  },
  "phone-invalid": {
    zh: "联系方式“{value}”不是有效的手机号或固定电话",
    en: "“{value}” is not a valid mobile or landline number",
  },
  "phone-normalizable": {
    zh: "联系方式“{value}”宜写作“{fix}”{reason}",
    en: "Phone “{value}” is better written “{fix}”{reason}",
  },
  "phone-shared": {
    zh: "电话 {value} 同时用于不同企业（另见第 {otherRow} 行）",
    en: "Phone {value} is given for different enterprises (see also row {otherRow})",
  },
  "remark-year-missing": {
    zh: "备注写明为往年省质量标杆，但未注明公布年度",
    en: "The remark names an earlier provincial benchmark but gives no year",
  },
  "remark-year-invalid": {
    zh: "备注中的公布年度 {year} 应早于 {formYear} 年",
    en: "The year {year} in the remark must be before {formYear}",
  },
  "total-row-mismatch": {
    zh: "合计行的“{column}”为 {value}，上方各行之和为 {expected}",
    en: "The total row's {column} is {value}; the rows above sum to {expected}",
  },
  "merged-data-cells": {
    zh: "数据区有合并单元格 {range}，已按每行填入同一值",
    en: "Merged cells {range} in the data rows; the value was read into each row",
  },
  "quota-exceeded": {
    zh: "超出名额：{quota}限 {limit} 家，已填 {count} 家",
    en: "Quota exceeded: {quotaEn} allows {limit}, {count} entered",
  },
  "quota-unit-unknown": {
    zh: "名额表中没有推荐单位“{value}”",
    en: "The quota table has no entry for the unit “{value}”",
  },
  "seal-missing": { zh: "表格尚未封存", en: "The sheet is not sealed" },
  "seal-broken": {
    zh: "封存后内容已改动：{cells}",
    en: "Content changed after sealing: {cells}",
  },
  "enterprise-recommended-twice": {
    zh: "企业“{value}”同时由 {units} 推荐",
    en: "Enterprise “{value}” is recommended by {units}",
  },
  unreadable: { zh: "无法读取：{reason}", en: "Cannot be read: {reason}" },
};

const englishNames = new Map<string, string>(FORM_COLUMNS.map((c) => [c.name, c.en]));
function englishColumn(name: string | undefined): string {
  if (name === undefined) return "";
  return englishNames.get(name) ?? name;
}

/** `{reason}` as text in `lang` when it holds reason codes (see reasons.ts); else left for the params. */
function withReason(template: string, issue: Issue, lang: Lang): string {
  const reason = issue.params?.["reason"];
  if (typeof reason !== "string") return template;
  const text = reasonText(issue.code, reason, lang);
  return text === undefined ? template : template.replace("{reason}", () => text);
}

export function renderMessage(issue: Issue, lang: Lang): string {
  const template = withReason(MESSAGES[issue.code][lang], issue, lang);
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    switch (name) {
      case "value":
        return issue.value === undefined ? "" : cellText(issue.value);
      case "fix":
        return issue.fix === undefined ? "" : cellText(issue.fix);
      case "column":
        return lang === "en" ? englishColumn(issue.column) : (issue.column ?? "");
      case "cell":
        return issue.cell ?? "";
      case "row":
        return issue.row === undefined ? "" : String(issue.row);
      default: {
        const p = issue.params?.[name];
        return p === undefined ? "" : String(p);
      }
    }
  });
}
