import type { Lang } from "../core/issues/messages";
import { loadFile, unreadableReason } from "./analyze";

const T = {
  zh: {
    none: "未封存：工作簿中没有封存记录",
    valid: (by: string, at: string, n: number) => `封存有效：${by} 于 ${at} 封存，${n} 家企业，内容未改动`,
    broken: (n: number) => `封存已破坏：封存后有 ${n} 处改动`,
    cell: (c: string, was: string | null, now: string | null) => `  ${c}：封存时“${was ?? "（无）"}”，现在“${now ?? "（无）"}”`,
  },
  en: {
    none: "Not sealed: the workbook holds no seal record",
    valid: (by: string, at: string, n: number) => `Seal valid: sealed by ${by} at ${at}, ${n} enterprise(s), content unchanged`,
    broken: (n: number) => `Seal broken: ${n} change(s) since sealing`,
    cell: (c: string, was: string | null, now: string | null) => `  ${c}: sealed “${was ?? "(none)"}”, now “${now ?? "(none)"}”`,
  },
} as const;

/** `qbench verify`: 0 when the seal holds, 1 when it is broken or absent, 2 when the file cannot be read. */
export async function runVerify(path: string, lang: Lang): Promise<{ status: 0 | 1 | 2; lines: string[] }> {
  const t = T[lang];
  const file = await loadFile(path);
  if (file.kind === "unreadable") return { status: 2, lines: [unreadableReason(file.error, lang)] };
  const record = file.store.seal;
  if (record === undefined) return { status: 1, lines: [t.none] };
  const result = file.seal;
  if (result.state === "valid") return { status: 0, lines: [t.valid(record.sealedBy, record.sealedAt, record.rowCount)] };
  return {
    status: 1,
    lines: [t.broken(result.changedCells.length), ...result.changedCells.map((c) => t.cell(c.cell, c.sealed, c.current))],
  };
}
