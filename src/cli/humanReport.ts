import type { Lang } from "../core/issues/lang";
import type { BatchReport, FileReport, LeftOut, ReportIssue } from "../core/report";
import { sealTime } from "../core/review/words";
import { visible } from "./terminalText";
import { clip, formatTable } from "./textWidth";

const WORDS = {
  zh: {
    error: "错误",
    warning: "提示",
    head: ["级别", "位置", "列", "代码", "说明"],
    confirmed: (by: string, at: string) => `（已确认：${by} ${at}）`,
    status: { ok: "通过", invalid: "有错误", unreadable: "无法读取" },
    seal: { none: "未封存", valid: "封存有效", broken: "封存已破坏" },
    rows: (n: number) => `${n} 家企业`,
    noIssues: "未发现问题。",
    crossFile: "跨文件问题",
    quota: "名额",
    format: (f: string) => `读取格式 ${f}`,
    leftOut: (l: LeftOut) => `注意：工作表“${l.sheet}”中远在表格右侧的 ${l.count} 个单元格未读入（从 ${l.first} 起）`,
    summary: (s: BatchReport["summary"]) =>
      `共 ${s.files} 个文件：通过 ${s.ok}，有错误 ${s.invalid}，无法读取 ${s.unreadable}；企业 ${s.rows} 家；错误 ${s.errors} 个，提示 ${s.warnings} 个。`,
  },
  en: {
    error: "error",
    warning: "warning",
    head: ["severity", "where", "column", "code", "message"],
    confirmed: (by: string, at: string) => ` (confirmed: ${by} ${at})`,
    status: { ok: "ok", invalid: "invalid", unreadable: "unreadable" },
    seal: { none: "not sealed", valid: "seal valid", broken: "seal broken" },
    rows: (n: number) => `${n} enterprise(s)`,
    noIssues: "No issues found.",
    crossFile: "Across files",
    quota: "quota",
    format: (f: string) => `read as ${f}`,
    leftOut: (l: LeftOut) => `note: ${l.count} cell(s) of sheet "${l.sheet}" far right of its table were not read (from ${l.first})`,
    summary: (s: BatchReport["summary"]) =>
      `${s.files} file(s): ${s.ok} ok, ${s.invalid} invalid, ${s.unreadable} unreadable; ${s.rows} enterprise(s); ${s.errors} error(s), ${s.warnings} warning(s).`,
  },
} as const;

/** Columns a value may take before it is cut with an ellipsis. */
const MESSAGE_WIDTH = 90;
const NAME_WIDTH = 40;
const COLUMN_WIDTH = 24;

function where(issue: ReportIssue): string {
  const cell = issue.cell ?? (issue.row === undefined ? "" : `${issue.row}`);
  return issue.sheet === "" ? cell : cell === "" ? issue.sheet : `${issue.sheet}!${cell}`;
}

function issueRows(issues: readonly ReportIssue[], lang: Lang): string[][] {
  return issues.map((i) => [
    WORDS[lang][i.severity],
    clip(where(i), NAME_WIDTH),
    clip(i.column ?? "", COLUMN_WIDTH),
    i.code,
    clip(i.message, MESSAGE_WIDTH) +
      (i.confirmed === undefined ? "" : WORDS[lang].confirmed(clip(i.confirmed.by, NAME_WIDTH), sealTime(i.confirmed.at, lang) ?? "")),
  ]);
}

function fileHeading(f: FileReport, lang: Lang): string {
  const w = WORDS[lang];
  const parts: string[] = [w.status[f.status]];
  if (f.unit) parts.push(clip(f.unit, NAME_WIDTH));
  if (f.status !== "unreadable") parts.push(w.rows(f.rowCount), w.seal[f.seal]);
  if (f.format !== undefined) parts.push(w.format(f.format));
  for (const q of f.quota ?? []) parts.push(`${w.quota} ${clip(lang === "zh" ? q.label : q.labelEn, NAME_WIDTH)} ${q.used}/${q.limit}`);
  // A path is never cut (the reviewer needs all of it), only made safe.
  return `■ ${visible(f.path)} — ${parts.join("，")}`;
}

/**
 * The default output of `qbench check`: per file a heading and a table of its issues, then a
 * summary. Every text from a file or its name passes `clip` or `visible`: no control character
 * reaches the terminal, and no value runs across the screen.
 */
export function renderHumanReport(report: BatchReport): string {
  const lang = report.lang;
  const w = WORDS[lang];
  const out: string[] = [];
  for (const f of report.files) {
    out.push(fileHeading(f, lang));
    for (const l of f.leftOut ?? []) out.push(`  ${visible(w.leftOut({ ...l, sheet: clip(l.sheet, NAME_WIDTH) }))}`);
    out.push(f.issues.length === 0 ? `  ${w.noIssues}` : formatTable(w.head, issueRows(f.issues, lang)), "");
  }
  if (report.crossFile.length > 0) {
    out.push(`■ ${w.crossFile}`);
    const head = [...w.head.slice(0, 1), lang === "zh" ? "文件" : "file", ...w.head.slice(1)];
    const rows = report.crossFile.map((i) => {
      const [sev, ...rest] = issueRows([i], lang)[0]!;
      return [sev!, visible(i.path ?? ""), ...rest];
    });
    out.push(formatTable(head, rows), "");
  }
  out.push(w.summary(report.summary));
  return out.join("\n");
}
