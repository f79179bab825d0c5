import { chinaTime } from "../core/text/chinaTime";
import { judgeWorkbook, sealReadinessOf, unreadableReason } from "../core/analysis";
import { renderMessage } from "../core/issues/render";
import { unitShortKey } from "../core/quota/unitName";
import type { Region } from "../core/reference";
import { formUnit } from "../core/report";
import { createSealRecord, sealBlockerMessage, sealedFileName, toConfirmedWarning, warningKey, type ChangedCell } from "../core/seal";
import { writeSealedWorkbook } from "../xlsx/sealWorkbook";
import { FORMAT_NAME } from "../core/workbook";
import { csvCannotBeSealed } from "../xlsx/sealSource";
import { loadSealFile, openSealSource } from "./sealSource";
import { basename } from "node:path";
import { planRewrite, type RewriteOptions, type RewriteOutcome } from "./rewriteOutput";
import { writeOutput } from "./safeOutput";
import { loadFile } from "./loadFile";
import { UsageError } from "./usage";
import { toolVersion } from "./version";

export interface SealOptions extends RewriteOptions {
  readonly unit: string;
  readonly by: string;
  /** `--sheet-password`: the form sheet's protection password (protection is not security, the digest is). */
  readonly sheetPassword?: string;
  readonly confirmWarnings: boolean;
  readonly year?: number;
  readonly region?: Region;
  readonly today: Date;
  /** The seal's timestamp; the moment of sealing unless a reproducible run fixes it. */
  readonly sealedAt?: Date;
}

const T = {
  zh: {
    noForm: "未找到申报企业统计表，无法封存",
    unitMismatch: (u: string, f: string) => `--unit“${u}”与表中推荐单位“${f}”不一致，无法封存`,
    blocked: "不能封存：",
    warnings: "以下提示须确认（确认后加 --confirm-warnings 再封存）：",
    replaced: (at: string) => `已替换 ${at} 的封存记录`,
    sealed: (n: number, sheet: string, file: string) => `已封存：${file} 的“${sheet}”，${n} 家企业，工作表已保护`,
    selfCheck: "写入后复核封存失败，原文件未改动",
    readsBack: (c: ChangedCell) => `${c.cell}：封存值“${c.sealed ?? "（无）"}”，写入后读回“${c.current ?? "（无）"}”`,
    legacy: (format: string, out: string) => `${format} 格式无法存放封存记录，已另存为 ${out} 并封存（原文件未改动）`,
    encrypted: "封存后的文件已用原打开密码重新加密",
  },
  en: {
    noForm: "No form found; nothing to seal",
    unitMismatch: (u: string, f: string) => `--unit “${u}” differs from the form's unit “${f}”; not sealed`,
    blocked: "Cannot seal:",
    warnings: "These warnings need confirming (then seal again with --confirm-warnings):",
    replaced: (at: string) => `Replaced the seal of ${at}`,
    sealed: (n: number, sheet: string, file: string) => `Sealed “${sheet}” of ${file}: ${n} enterprise(s); the sheet is protected`,
    selfCheck: "The written seal did not verify; the original file is untouched",
    readsBack: (c: ChangedCell) => `${c.cell}: sealed “${c.sealed ?? "(none)"}”, read back after writing as “${c.current ?? "(none)"}”`,
    legacy: (format: string, out: string) =>
      `A ${format} file cannot hold a seal record: sealed as a new file, ${out} (the original is untouched)`,
    encrypted: "The sealed file is encrypted again with the workbook's open password",
  },
} as const;

/**
 * `qbench seal`: the preconditions (docs/seal.md#preconditions), then the record into the store and protection on the
 * sheet. Warnings count as confirmed only with `--confirm-warnings`, and the record lists them.
 */
export async function runSeal(path: string, options: SealOptions): Promise<RewriteOutcome> {
  const t = T[options.lang];
  const opened = await loadSealFile(path, options.password);
  if ("kind" in opened) return { status: 2, lines: [unreadableReason(opened.error, options.lang)] };
  const loaded = opened.file;
  if (loaded.format === "csv") {
    const refusal = csvCannotBeSealed();
    return { status: 2, lines: [options.lang === "zh" ? refusal.reasonZh : refusal.reasonEn] };
  }
  // Without -o an .xlsx is sealed in place, a legacy workbook into a new .xlsx beside it; -o never
  // replaces an existing file unless forced, and never the input; a read-only target is refused.
  const legacy = loaded.format !== "ooxml";
  const plan = await planRewrite(path, options, legacy ? sealedFileName(basename(path), options.lang) : undefined);
  const source = await openSealSource({ ...loaded, format: loaded.format }, opened.plain);
  if ("kind" in source) return { status: 2, lines: [unreadableReason(source.error, options.lang)] };
  const file = source.file;
  const form = file.form;
  if (form === undefined) return { status: 1, lines: [t.noForm] };
  const unit = formUnit(form) ?? "";
  if (unit !== "" && unitShortKey(unit) !== unitShortKey(options.unit)) {
    throw new UsageError(T.zh.unitMismatch(options.unit, unit), T.en.unitMismatch(options.unit, unit));
  }
  const analysis = judgeWorkbook(file, {
    today: options.today,
    fallbackYear: options.today.getFullYear(),
    ...(options.year === undefined ? {} : { year: options.year }),
    ...(options.region === undefined ? {} : { region: options.region }),
  });
  // Sealing answers the seal's own findings; every other issue must be fixed or confirmed.
  const issues = analysis.issues.filter((i) => !analysis.seal.issues.includes(i));
  const readiness = sealReadinessOf(analysis, options.confirmWarnings ? issues.map(warningKey) : []);
  if (readiness === undefined) return { status: 1, lines: [t.noForm] };
  if (!readiness.ready) {
    const lines: string[] = [t.blocked, ...readiness.blockers.map((b) => `  - ${sealBlockerMessage(b, options.lang)}`)];
    const shown = issues.filter((i) => i.severity === "error" || !options.confirmWarnings);
    if (shown.length > 0) lines.push(...(readiness.blockers.some((b) => b.kind === "warnings-unconfirmed") ? [t.warnings] : []));
    for (const i of shown) lines.push(`  ${i.cell ?? (i.row ? `row ${i.row}` : i.sheet)}  ${i.code}  ${renderMessage(i, options.lang)}`);
    return { status: 1, lines };
  }
  const quota = analysis.quota?.usage ?? [];
  const record = await createSealRecord(form, file.sealContent ?? { grid: undefined, sheets: [] }, {
    unit: options.unit,
    sealedBy: options.by,
    sealedAt: options.sealedAt ?? new Date(),
    year: analysis.year,
    quotaUsed: quota.map((q) => ({ label: q.label, used: q.used, limit: q.limit })),
    confirmedWarnings: readiness.warningsToConfirm.map(toConfirmedWarning),
    toolVersion: toolVersion(),
  });
  const lines: string[] = [];
  if (file.store.seal) lines.push(t.replaced(chinaTime(file.store.seal.sealedAt, options.lang)));
  const job = {
    bytes: source.bytes,
    store: { ...file.store, seal: record },
    sheet: form.sheet,
    ...(options.sheetPassword ? { sheetPassword: options.sheetPassword } : {}),
    ...(source.encrypted && options.password !== undefined ? { openPassword: options.password } : {}),
  };
  let misread: readonly ChangedCell[] = [];
  const ok = await writeOutput(
    plan,
    (tmp) => writeSealedWorkbook(job, tmp),
    async (written) => {
      const again = await loadFile(written, {}, job.openPassword);
      if (again.kind === "read" && again.seal.state === "valid") return true;
      misread = again.kind === "read" ? again.seal.changedCells : [];
      return false;
    },
  );
  // A value that reads back otherwise than it was sealed is named, so that the clerk can retype it.
  if (!ok) return { status: 2, lines: [t.selfCheck, ...misread.map((c) => `  ${t.readsBack(c)}`)] };
  if (legacy) lines.push(t.legacy(FORMAT_NAME[loaded.format], plan.shown));
  lines.push(t.sealed(form.rows.length, form.sheet, plan.shown));
  if (job.openPassword !== undefined) lines.push(t.encrypted);
  return { status: 0, lines };
}
