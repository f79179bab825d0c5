import type { Lang } from "../core/issues/lang";
import { checkPaperCode, namedChangeCount, sealCodeOf } from "../core/seal";
import { unreadableReason } from "../core/analysis";
import { loadFile } from "./loadFile";
import { clip } from "./textWidth";

/** Columns a cell's value may take in a line of changes before it is cut with an ellipsis. */
const VALUE_WIDTH = 60;
const shown = (value: string | null, none: string) => (value === null ? none : clip(value, VALUE_WIDTH));

const T = {
  zh: {
    none: "未封存：工作簿中没有封存记录",
    valid: (by: string, at: string, n: number) => `封存有效：${by} 于 ${at} 封存，${n} 家企业，内容未改动`,
    code: (code: string) => `封存码 ${code}`,
    broken: (n: number) => (n > 0 ? `封存已破坏：封存后有 ${n} 处改动` : "封存已破坏"),
    older: "（旧版封存 qbench-seal-v1：只覆盖表头信息和数据行；重新封存可覆盖整张表）",
    sheetAdded: (s: string) => `  工作表“${shown(s, "")}”是封存后新增的`,
    sheetRemoved: (s: string) => `  工作表“${shown(s, "")}”在封存后被删除或改名`,
    recordChanged:
      "  单元格、显示文本、隐藏的行列和打印区域都与封存时一致，但封存记录本身在封存后被改动（封存人、时间、单位、家数、确认的提示或名额）",
    cell: (c: string, was: string | null, now: string | null) => `  ${c}：封存时“${shown(was, "（无）")}”，现在“${shown(now, "（无）")}”`,
    printed: (c: string, was: string | null, now: string | null) =>
      `  ${c} 显示文本改变（值未变，数字格式变了）：封存时显示“${shown(was, "")}”，现在显示“${shown(now, "")}”`,
    rowHidden: (r: number) => `  行 ${r} 被隐藏`,
    rowShown: (r: number) => `  行 ${r} 取消隐藏`,
    columnHidden: (c: string) => `  列 ${c} 被隐藏`,
    columnShown: (c: string) => `  列 ${c} 取消隐藏`,
    printArea: (was: string | null, now: string | null) => `  打印区域改变：封存时 ${was ?? "（未设置）"}，现在 ${now ?? "（未设置）"}`,
    lostMissing: "封存已破坏：工作表仍处于封存时的保护状态，但封存记录已被删除",
    lostDamaged: "封存已破坏：封存记录已损坏或不完整，无法核对",
    codeMatch: "与盖章纸质表上的封存码一致：文件即所盖章的那份表",
    codeMismatch: (file: string) => `与盖章纸质表上的封存码不一致：文件在打印后被改动或重新封存过。本文件的封存码是 ${file}`,
    codeTypo: (typed: string) => `“${shown(typed, "")}”不是有效的封存码（校验位不符或长度、字符不对），可能抄错了，请对照纸质表重新输入`,
  },
  en: {
    none: "Not sealed: the workbook holds no seal record",
    valid: (by: string, at: string, n: number) => `Seal valid: sealed by ${by} at ${at}, ${n} enterprise(s), content unchanged`,
    code: (code: string) => `Seal code ${code}`,
    broken: (n: number) => (n > 0 ? `Seal broken: ${n} change(s) since sealing` : "Seal broken"),
    older: "(an older seal, qbench-seal-v1: it covers the header block and the data rows only; seal again to cover the whole sheet)",
    sheetAdded: (s: string) => `  sheet “${shown(s, "")}” was added after sealing`,
    sheetRemoved: (s: string) => `  sheet “${shown(s, "")}” was removed or renamed after sealing`,
    recordChanged:
      "  every cell, printed text, hidden row and column and the print area are as sealed, but the seal record itself was edited after sealing (who, when, the unit, the count, the confirmed warnings or the quota)",
    cell: (c: string, was: string | null, now: string | null) => `  ${c}: sealed “${shown(was, "(none)")}”, now “${shown(now, "(none)")}”`,
    printed: (c: string, was: string | null, now: string | null) =>
      `  ${c} prints other text (same value, another number format): sealed “${shown(was, "")}”, now “${shown(now, "")}”`,
    rowHidden: (r: number) => `  row ${r} hidden`,
    rowShown: (r: number) => `  row ${r} shown again`,
    columnHidden: (c: string) => `  column ${c} hidden`,
    columnShown: (c: string) => `  column ${c} shown again`,
    printArea: (was: string | null, now: string | null) => `  print area changed: sealed ${was ?? "(none)"}, now ${now ?? "(none)"}`,
    lostMissing: "Seal broken: the sheet is still protected as sealed, but its seal record was removed",
    lostDamaged: "Seal broken: the seal record is damaged or incomplete and cannot be checked",
    codeMatch: "Matches the seal code on the stamped paper: the file is the one that was stamped",
    codeMismatch: (file: string) =>
      `Does not match the seal code on the stamped paper: the file was changed or sealed again after printing. This file's code is ${file}`,
    codeTypo: (typed: string) =>
      `“${typed}” is not a valid seal code (wrong check symbol, length or character); probably a typo — type it again from the paper`,
  },
} as const;

export interface VerifyOutcome {
  readonly status: 0 | 1 | 2;
  readonly lines: string[];
}

/**
 * `qbench verify`: 0 when the seal holds, 1 when it is broken or absent, 2 when the file cannot be
 * read. With `code` (from the stamped paper) the seal must also be the paper's: a code of another
 * seal is 1 and names the file's own; a code that fails its check is a typo, 2.
 */
export async function runVerify(path: string, lang: Lang, code?: string): Promise<VerifyOutcome> {
  const t = T[lang];
  const file = await loadFile(path);
  if (file.kind === "unreadable") return { status: 2, lines: [unreadableReason(file.error, lang)] };
  const record = file.store.seal;
  const result = file.seal;
  if (result.state !== "none" && result.recordLost !== undefined) {
    return { status: 1, lines: [result.recordLost === "missing" ? t.lostMissing : t.lostDamaged] };
  }
  if (record === undefined || result.state === "none") return { status: 1, lines: [t.none] };
  const fileCode = sealCodeOf(record.digest);
  const older = result.version === "v1" ? [t.older] : [];
  const sealLines =
    result.state === "valid"
      ? [t.valid(record.sealedBy, record.sealedAt, record.rowCount), ...older, t.code(fileCode)]
      : [
          t.broken(namedChangeCount(result)),
          ...older,
          ...result.changedCells.map((c) => t.cell(c.cell, c.sealed, c.current)),
          ...result.printedChanges.map((c) => t.printed(c.cell, c.sealed, c.current)),
          ...result.rowsHidden.map(t.rowHidden),
          ...result.rowsShown.map(t.rowShown),
          ...result.columnsHidden.map(t.columnHidden),
          ...result.columnsShown.map(t.columnShown),
          ...(result.printArea === undefined ? [] : [t.printArea(result.printArea.sealed, result.printArea.current)]),
          ...result.sheetsAdded.map(t.sheetAdded),
          ...result.sheetsRemoved.map(t.sheetRemoved),
          ...(result.recordChanged ? [t.recordChanged] : []),
        ];
  if (code === undefined) return { status: result.state === "valid" ? 0 : 1, lines: sealLines };
  const paper = checkPaperCode(code, record, result.state);
  switch (paper.kind) {
    case "typo":
      return { status: 2, lines: [t.codeTypo(code)] };
    case "mismatch":
      return { status: 1, lines: [...sealLines, t.codeMismatch(paper.fileCode)] };
    case "broken":
      return { status: 1, lines: sealLines };
    case "match":
      return { status: 0, lines: [...sealLines, t.codeMatch] };
    case "unsealed":
      return { status: 1, lines: [t.none] };
  }
}
