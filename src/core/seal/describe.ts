import type { Lang } from "../issues/lang";
import { namedChangeCount, type SealVerification } from "./verify";

/** How a value is shown in a line: the command line clips it to the terminal, the pages show it whole. */
type Shown = (value: string) => string;

const whole: Shown = (value) => value;

const TEXT = {
  zh: {
    broken: (n: number) => (n > 0 ? `封存已破坏：封存后有 ${n} 处改动` : "封存已破坏"),
    older: "（旧版封存 qbench-seal-v1：只覆盖表头信息和数据行；重新封存可覆盖整张表）",
    none: "（无）",
    sheetAdded: (s: string) => `工作表“${s}”是封存后新增的`,
    sheetRemoved: (s: string) => `工作表“${s}”在封存后被删除或改名`,
    recordChanged:
      "单元格、显示文本、隐藏的行列和打印区域都与封存时一致，但封存记录本身在封存后被改动（封存人、时间、单位、家数、确认的提示或名额）",
    cell: (c: string, was: string, now: string) => `${c}：封存时“${was}”，现在“${now}”`,
    printed: (c: string, was: string, now: string) => `${c} 显示文本改变（值未变，数字格式变了）：封存时显示“${was}”，现在显示“${now}”`,
    rowHidden: (r: number) => `行 ${r} 被隐藏`,
    rowShown: (r: number) => `行 ${r} 取消隐藏`,
    columnHidden: (c: string) => `列 ${c} 被隐藏`,
    columnShown: (c: string) => `列 ${c} 取消隐藏`,
    printArea: (was: string | null, now: string | null) => `打印区域改变：封存时 ${was ?? "（未设置）"}，现在 ${now ?? "（未设置）"}`,
    lostMissing: "封存已破坏：工作表仍处于封存时的保护状态，但封存记录已被删除",
    lostDamaged: "封存已破坏：封存记录已损坏或不完整，无法核对",
  },
  en: {
    broken: (n: number) => (n > 0 ? `Seal broken: ${n} change(s) since sealing` : "Seal broken"),
    older: "(an older seal, qbench-seal-v1: it covers the header block and the data rows only; seal again to cover the whole sheet)",
    none: "(none)",
    sheetAdded: (s: string) => `sheet “${s}” was added after sealing`,
    sheetRemoved: (s: string) => `sheet “${s}” was removed or renamed after sealing`,
    recordChanged:
      "every cell, printed text, hidden row and column and the print area are as sealed, but the seal record itself was edited after sealing (who, when, the unit, the count, the confirmed warnings or the quota)",
    cell: (c: string, was: string, now: string) => `${c}: sealed “${was}”, now “${now}”`,
    printed: (c: string, was: string, now: string) =>
      `${c} prints other text (same value, another number format): sealed “${was}”, now “${now}”`,
    rowHidden: (r: number) => `row ${r} hidden`,
    rowShown: (r: number) => `row ${r} shown again`,
    columnHidden: (c: string) => `column ${c} hidden`,
    columnShown: (c: string) => `column ${c} shown again`,
    printArea: (was: string | null, now: string | null) => `print area changed: sealed ${was ?? "(none)"}, now ${now ?? "(none)"}`,
    lostMissing: "Seal broken: the sheet is still protected as sealed, but its seal record was removed",
    lostDamaged: "Seal broken: the seal record is damaged or incomplete and cannot be checked",
  },
} as const;

/** What a broken (or older) seal says: a headline, then one line per thing that changed. */
export interface SealDescription {
  readonly headline: string;
  /** Set for a version-1 seal: it covers less than a version-2 one. */
  readonly older?: string;
  readonly changes: readonly string[];
}

/**
 * The one description of a seal verification, for `qbench verify`, the web page and the task
 * pane: each changed cell, printed text, hidden or shown row and column, the print area, sheets
 * added or removed, the record itself, or why the record is gone. The headline of a valid seal is
 * the caller's (it names who sealed and when in its own words).
 */
export function describeSeal(result: SealVerification, lang: Lang, shown: Shown = whole): SealDescription {
  const t = TEXT[lang];
  if (result.recordLost !== undefined) return { headline: result.recordLost === "missing" ? t.lostMissing : t.lostDamaged, changes: [] };
  const value = (v: string | null, none: string) => (v === null ? none : shown(v));
  const changes = [
    ...result.changedCells.map((c) => t.cell(c.cell, value(c.sealed, t.none), value(c.current, t.none))),
    ...result.printedChanges.map((c) => t.printed(c.cell, value(c.sealed, ""), value(c.current, ""))),
    ...result.rowsHidden.map(t.rowHidden),
    ...result.rowsShown.map(t.rowShown),
    ...result.columnsHidden.map(t.columnHidden),
    ...result.columnsShown.map(t.columnShown),
    ...(result.printArea === undefined ? [] : [t.printArea(result.printArea.sealed, result.printArea.current)]),
    ...result.sheetsAdded.map((s) => t.sheetAdded(shown(s))),
    ...result.sheetsRemoved.map((s) => t.sheetRemoved(shown(s))),
    ...(result.recordChanged ? [t.recordChanged] : []),
  ];
  return {
    headline: t.broken(namedChangeCount(result)),
    ...(result.version === "v1" ? { older: t.older } : {}),
    changes: result.state === "valid" ? [] : changes,
  };
}
