import type { Lang } from "../core/issues/lang";
import type { PaperCodeCheck } from "../core/seal";

/** Every word the page shows, Chinese first. */
export const STRINGS = {
  zh: {
    title: "质量标杆推荐助手 · 网页版",
    privacy: "所有文件只在本浏览器中处理，不会上传到任何服务器；本页不联网也能使用。",
    lang: "English",
    tabs: { template: "生成模板", review: "校验 / 审查", seal: "封存 / 核验" },
    year: "年度",
    unit: "推荐单位",
    downloadTemplate: "下载模板",
    templateHint: "与命令行 qbench template 生成的文件相同。",
    dropFiles: "拖入一个或多个工作簿（.xlsx、.xls、.et、.ods、.xlsb、.csv），或点击选择",
    pickFiles: "选择文件",
    quota: "名额表（可选，.xlsx「推荐单位 | 名额」或 JSON）",
    pickQuota: "选择名额表",
    quotaLoaded: (n: number) => `已读取名额表：${n} 个单位`,
    reading: (k: number, n: number, name: string) => `正在读取第 ${k} / ${n} 个文件 ${name}`,
    checked: (n: number) => `已检查 ${n} 个文件`,
    downloadReport: "下载审查结果（三张表）",
    row: "所在行",
    loading: "正在加载……",
    dropOne: "拖入要封存的 .xlsx 文件，或点击选择",
    noForm: "未找到申报企业统计表",
    checklist: "封存前检查",
    confirm: "确认此提示",
    sealedBy: "封存人",
    seal: "封存并下载",
    sealedDone: (name: string) => `已封存，已下载 ${name}（原文件未改动）`,
    verifyTitle: "核验封存",
    dropVerify: "拖入要核验的文件，或点击选择",
    verifyNone: "未封存：工作簿中没有封存记录",
    verifyValid: (by: string, at: string, n: number) => `封存有效：${by} 于 ${at} 封存，${n} 家企业，内容未改动`,
    verifyBroken: (n: number) => `封存已破坏：封存后有 ${n} 处改动`,
    sealCode: "封存码",
    codeOnPaper: "已写入页脚，打印的每一页都带有它",
    paperCode: "纸质表上的封存码",
    paperHint: "输入盖章纸质表页脚上的封存码，核对文件是否即那份表",
    paperCheck: "核对",
    paper: (r: PaperCodeCheck): string => {
      switch (r.kind) {
        case "match":
          return "与纸质表上的封存码一致：本文件即所盖章的那份表";
        case "mismatch":
          return `与纸质表上的封存码不一致：文件在打印后被改动或重新封存过。本文件的封存码是 ${r.fileCode}`;
        case "broken":
          return "封存码是本文件的，但封存已破坏：文件在封存后被改动过";
        case "typo":
          return "不是有效的封存码（校验位、长度或字符不对），可能抄错了，请对照纸质表重新输入";
        case "unsealed":
          return "本文件未封存";
      }
    },
    changedCell: "单元格",
    sealedValue: "封存时",
    currentValue: "现在",
    ready: "可以封存",
    error: "出错：",
  },
  en: {
    title: "Quality Benchmark Assistant · Web",
    privacy: "Every file is processed in this browser only and never uploaded; the page works without a network.",
    lang: "中文",
    tabs: { template: "Template", review: "Check / review", seal: "Seal / verify" },
    year: "Year",
    unit: "Recommending unit",
    downloadTemplate: "Download the template",
    templateHint: "The same file as qbench template writes.",
    dropFiles: "Drop one or more workbooks here (.xlsx, .xls, .et, .ods, .xlsb, .csv), or click to pick",
    pickFiles: "Pick files",
    quota: "Quota table (optional: .xlsx with 推荐单位 | 名额, or JSON)",
    pickQuota: "Pick the quota table",
    quotaLoaded: (n: number) => `Quota table read: ${n} unit(s)`,
    reading: (k: number, n: number, name: string) => `Reading file ${k} of ${n}: ${name}`,
    checked: (n: number) => `${n} file(s) checked`,
    downloadReport: "Download the review (three sheets)",
    row: "The row",
    loading: "Loading…",
    dropOne: "Drop the .xlsx file to seal here, or click to pick",
    noForm: "No form found in this workbook",
    checklist: "Before sealing",
    confirm: "Confirm this warning",
    sealedBy: "Sealed by",
    seal: "Seal and download",
    sealedDone: (name: string) => `Sealed; downloaded ${name} (the original is unchanged)`,
    verifyTitle: "Verify a seal",
    dropVerify: "Drop the file to verify here, or click to pick",
    verifyNone: "Not sealed: the workbook holds no seal record",
    verifyValid: (by: string, at: string, n: number) => `Seal valid: sealed by ${by} at ${at}, ${n} enterprise(s), content unchanged`,
    verifyBroken: (n: number) => `Seal broken: ${n} change(s) since sealing`,
    sealCode: "Seal code",
    codeOnPaper: "written into the footer, so it is on every printed page",
    paperCode: "Seal code on the paper",
    paperHint: "Type the code from the footer of the stamped paper to check the file is that paper",
    paperCheck: "Check",
    paper: (r: PaperCodeCheck): string => {
      switch (r.kind) {
        case "match":
          return "Matches the code on the paper: this file is the one that was stamped";
        case "mismatch":
          return `Does not match the code on the paper: the file was changed or sealed again after printing. This file's code is ${r.fileCode}`;
        case "broken":
          return "The code is this file's, but the seal is broken: the file was changed after sealing";
        case "typo":
          return "Not a valid seal code (check symbol, length or a character is wrong); probably a typo, type it again from the paper";
        case "unsealed":
          return "This file is not sealed";
      }
    },
    changedCell: "Cell",
    sealedValue: "Sealed",
    currentValue: "Now",
    ready: "Ready to seal",
    error: "Error: ",
  },
} as const;

export type Strings = (typeof STRINGS)[Lang];
