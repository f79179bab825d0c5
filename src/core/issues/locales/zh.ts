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
  return reasonTexts(reasons, text, "；");
}

const ENTERPRISE_NAME: Readonly<Record<EnterpriseNameReason, string>> = {
  "no-form-suffix": "没有“有限公司”“股份有限公司”“集团”“厂”等组织形式结尾",
  "edge-symbol": "首尾有多余符号",
  "stray-symbol": "含有 *、#、? 等不应出现在名称中的符号",
  whitespace: "含有多余的空格或换行",
  "half-width-brackets": "括号应使用全角“（）”，与营业执照一致",
};

const EXPERIENCE_PATTERN: Readonly<Record<ExperiencePatternReason, string>> = {
  "no-experience-suffix": "应以“经验”结尾",
  "no-enterprise": "未体现申报企业（如企业简称）",
};

const CONTACT_NAME: Readonly<Record<ContactNameReason, string>> = {
  phone: "含有电话号码",
  digits: "含有数字",
  "job-title": "含有职务，职务请填在“职务”栏",
  honorific: "是称呼而非姓名",
};

/** 中文: the words of the notice, as the clerk filling in the form reads them. */

/** What a broken seal names, each kind of change in its own words. */
function sealBrokenZh(p: ParamsOf<"seal-broken">): string {
  if (p.lost === "missing") return "封存已破坏：工作表仍处于封存时的保护状态，但封存记录已被删除";
  if (p.lost === "damaged") return "封存已破坏：封存记录已损坏或不完整，无法核对";
  const parts = [
    p.cells,
    p.printed === undefined ? "" : `${p.printed} 显示文本改变`,
    p.rowsHidden === undefined ? "" : `行 ${p.rowsHidden} 被隐藏`,
    p.rowsShown === undefined ? "" : `行 ${p.rowsShown} 取消隐藏`,
    p.columnsHidden === undefined ? "" : `列 ${p.columnsHidden} 被隐藏`,
    p.columnsShown === undefined ? "" : `列 ${p.columnsShown} 取消隐藏`,
    p.printArea === undefined ? "" : `打印区域改变（${p.printArea}）`,
    p.record === undefined ? "" : "封存记录本身被改动（封存人、时间、单位、家数、确认的提示或名额）",
  ].filter((t) => t !== "");
  return `封存后内容已改动：${parts.join("；")}`;
}

export const zh: Locale = {
  "sheet-not-found": {
    message: () => "未找到申报企业统计表：没有任何工作表含有表头（序号、申报企业名称、经验名称……）",
    remedy: "打开按附件3表样填写的工作簿，或用“新建表格”生成表样后填写",
  },
  "header-missing-column": {
    message: (i) => `表头缺少“${i.column ?? ""}”列`,
    remedy: "按附件3表样补上这一列，列名与表样一字不差",
  },
  "header-extra-column": {
    message: (i) => `表头多出一列“${q(i.value)}”，表中没有这一列`,
    remedy: "删去表样之外的列，或把其中内容移到备注",
  },
  "header-column-order": {
    message: (i) => `列的顺序与表样不一致：“${i.column ?? ""}”应在第 ${i.params.expected} 列`,
    remedy: "按附件3表样的顺序排列各列",
  },
  "title-year-mismatch": {
    message: (i) => `标题年份为 ${i.params.found} 年，应为 ${i.params.expected} 年`,
    remedy: "把标题中的年份改为本次遴选的年度（可一键修正）",
  },
  "unit-missing": { message: () => "未填写推荐单位", remedy: "在表头“推荐单位”后填写推荐单位全称" },
  "filler-missing": { message: () => "未填写填报人", remedy: "在表头“填报人”后填写填报人姓名" },
  "filler-phone-invalid": {
    message: (i) => `表头联系电话${i.params.reason === "missing" ? "未填写" : `“${q(i.value)}”不是有效的手机号或固定电话`}`,
    remedy: "填写填报人的手机号（11 位）或带区号的固定电话",
  },
  "date-invalid": {
    message: (i) => `时间${i.params.reason === "missing" ? "未填写" : `“${q(i.value)}”不是有效日期`}`,
    remedy: "填写填报日期，如 2025年3月1日",
  },
  "date-out-of-range": {
    message: (i) =>
      `时间 ${i.params.date} ${list<DateOutOfRangeReason>(i.params.reason, (r) => (r === "future" ? "晚于今天" : `不在 ${i.params.year} 年内`))}`,
    remedy: "核对填报日期：应在本年度内，且不晚于今天",
  },
  "row-blank": {
    message: (i) => `第 ${i.row ?? ""} 行为空行，位于数据行之间`,
    remedy: "删除数据行之间的空行",
  },
  "seq-invalid": {
    message: (i) => `序号“${q(i.value)}”应为 ${q(i.fix)}`,
    remedy: "序号从 1 起连续编号（可一键修正）",
  },
  "value-missing": { message: (i) => `“${i.column ?? ""}”未填写`, remedy: "补填这一栏；除备注外各栏均为必填" },
  "enterprise-name-format": {
    message: (i) => `企业名称“${q(i.value)}”不像注册名称：${list(i.params.reason, (r) => ENTERPRISE_NAME[r])}`,
    remedy: "按营业执照填写企业注册全称（多余空格、半角括号可一键修正）",
  },
  "enterprise-duplicate": {
    message: (i) => `企业“${q(i.value)}”重复出现，另见第 ${i.params.otherRow} 行`,
    remedy: "每家企业只申报一条经验，删去或合并重复的行",
  },
  "experience-name-too-long": {
    message: (i) => `经验名称共 ${i.params.length} 字，超过 40 字`,
    remedy: "把经验名称压缩到 40 字以内",
  },
  "experience-name-pattern": {
    message: (i) => `经验名称不符合“（企业）+（典型方法技术）+（经验）”的命名规则：${list(i.params.reason, (r) => EXPERIENCE_PATTERN[r])}`,
    remedy: "按“企业简称 + 典型方法技术 + 经验”命名，如“某某科技数字化质量管控经验”",
  },
  "experience-duplicate": {
    message: (i) => `经验名称“${q(i.value)}”重复，另见第 ${i.params.otherRow} 行`,
    remedy: "每条经验的名称应各不相同",
  },
  "city-unknown": {
    message: (i) => `“${q(i.value)}”不是${i.params.region}的地级行政区`,
    remedy: "填写本地区的地级市（州、盟）全称",
  },
  "city-normalizable": {
    message: (i) => `所在市“${q(i.value)}”应写全称“${q(i.fix)}”`,
    remedy: "写地级行政区的全称（可一键修正）",
  },
  "city-county-level": {
    message: (i) => `“${q(i.value)}”是县级行政区，所在市应填所属地级行政区：${i.params.city}`,
    remedy: "填县级行政区所属的地级市（名称唯一时可一键修正）",
  },
  "industry-unknown": {
    message: (i) => `所属行业“${q(i.value)}”不是国民经济行业分类（GB/T 4754-2017）的大类`,
    remedy: "填写 GB/T 4754-2017 的大类名称或两位代码，如“计算机、通信和其他电子设备制造业”或 39",
  },
  "industry-out-of-scope": {
    message: (i) => `“${q(i.value)}”属于${i.params.section}，不是工业（采矿业、制造业、电力热力燃气及水生产和供应业）`,
    remedy: "核对行业：质量标杆面向工业企业（门类 B、C、D）",
  },
  "amount-not-number": {
    message: (i) => `“${i.column ?? ""}”的值“${q(i.value)}”不是数字`,
    remedy: "以表头所示单位（万元）填写数字",
  },
  "amount-text-number": {
    message: (i) => `“${i.column ?? ""}”的值“${q(i.value)}”是文本形式的数字，应为 ${q(i.fix)}`,
    remedy: "把单元格改为数字（可一键修正）",
  },
  "amount-negative": {
    message: (i) => `“${i.column ?? ""}”为 ${q(i.value)}，${i.params.reason === "negative" ? "不能为负数" : "资产总额不能为零"}`,
    remedy: "核对金额：资产总额、营业收入、利税总额不能为负，资产总额不能为零",
  },
  "amount-unit-suspect": {
    message: (i) => `“${i.column ?? ""}”为 ${q(i.value)}，疑似以元而非${i.params.unit}填报`,
    remedy: "核对单位：金额以万元填报，元须除以 10 000",
  },
  "profit-not-positive": {
    message: (i) => `利润总额为 ${q(i.value)}，申报企业须近三年连续盈利`,
    remedy: "核对利润总额；亏损企业不符合申报条件",
  },
  "tax-less-than-profit": {
    message: (i) => `利税总额 ${q(i.value)} 小于利润总额 ${i.params.profit}（利税 = 利润 + 税金）`,
    remedy: "核对利税总额与利润总额：利税总额不小于利润总额",
  },
  "profit-exceeds-revenue": {
    message: (i) => `利润总额 ${q(i.value)} 大于营业收入 ${i.params.revenue}`,
    remedy: "核对利润总额与营业收入是否填反或单位不一",
  },
  "contact-name-invalid": {
    message: (i) => `申报联系人“${q(i.value)}”不是人名：${list(i.params.reason, (r) => CONTACT_NAME[r])}`,
    remedy: "只填联系人姓名；职务填在“职务”栏，电话填在“联系方式”栏",
  },
  "phone-invalid": {
    message: (i) => `联系方式“${q(i.value)}”不是有效的手机号或固定电话`,
    remedy: "填写 11 位手机号或带区号的固定电话",
  },
  "phone-normalizable": {
    message: (i) =>
      `联系方式“${q(i.value)}”宜写作“${q(i.fix)}”${i.params?.reason === "number-cell" ? "（单元格为数字格式，宜存为文本，以免丢失开头的 0 或显示为科学计数法）" : ""}`,
    remedy: "按统一写法填写号码，存为文本（可一键修正）",
  },
  "phone-shared": {
    message: (i) => `电话 ${q(i.value)} 同时用于不同企业（另见第 ${i.params.otherRow} 行）`,
    remedy: "核对号码：每家企业填写本企业联系人的电话",
  },
  "remark-year-missing": {
    message: () => "备注写明为往年省质量标杆，但未注明公布年度",
    remedy: "在备注中写明公布年度，如“2023年省质量标杆”",
  },
  "remark-year-invalid": {
    message: (i) => `备注中的公布年度 ${i.params.year} 应早于 ${i.params.formYear} 年`,
    remedy: "核对备注中的公布年度",
  },
  "total-row-mismatch": {
    message: (i) => `合计行的“${i.column ?? ""}”为 ${q(i.value)}，上方各行之和为 ${i.params.expected}`,
    remedy: "重算合计行，或删去合计行",
  },
  "merged-data-cells": {
    message: (i) => `数据区有合并单元格 ${i.params.range}，已按每行填入同一值`,
    remedy: "取消合并，每行填写各自的值",
  },
  "quota-exceeded": {
    message: (i) => `超出名额：${quotaLabel(i.params.kind, i.params.key, "zh")}限 ${i.params.limit} 家，已填 ${i.params.count} 家`,
    remedy: "按名额删减推荐企业",
  },
  "quota-unit-unknown": {
    message: (i) => `名额表中没有推荐单位“${q(i.value)}”`,
    remedy: "推荐单位名称与名额表一致，或请主管处室补充名额表",
  },
  "seal-missing": { message: () => "表格尚未封存", remedy: "核对无误后在加载项中封存表格" },
  "seal-broken": {
    message: (i) => sealBrokenZh(i.params),
    remedy: "撤销封存后的改动，或重新核对并封存",
  },
  "enterprise-recommended-twice": {
    message: (i) => `企业“${q(i.value)}”同时由 ${i.params.units} 推荐`,
    remedy: "同一企业只能由一个推荐单位推荐，由相关单位协商保留一处",
  },
  unreadable: {
    message: (i) => `无法读取：${i.params.reason}`,
    remedy: "用 Excel 或 WPS 打开并另存为 .xlsx 后重试",
  },
};
