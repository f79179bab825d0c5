import { chinaTime } from "../core/text/chinaTime";
import type { Lang } from "../core/issues/lang";
import { checkPaperCode, describePaperCode, describeSeal, sealCodeOf } from "../core/seal";
import { unreadableReason } from "../core/analysis";
import { loadFile } from "./loadFile";
import { clip } from "./textWidth";

/** Columns a cell's value may take in a line of changes before it is cut with an ellipsis. */
const VALUE_WIDTH = 60;

const T = {
  zh: {
    none: "未封存：工作簿中没有封存记录",
    valid: (by: string, at: string, n: number) => `封存有效：${by} 于 ${at} 封存，${n} 家企业，内容未改动`,
    code: (code: string) => `封存码 ${code}`,
  },
  en: {
    none: "Not sealed: the workbook holds no seal record",
    valid: (by: string, at: string, n: number) => `Seal valid: sealed by ${by} at ${at}, ${n} enterprise(s), content unchanged`,
    code: (code: string) => `Seal code ${code}`,
  },
} as const;

export interface VerifyOutcome {
  readonly status: 0 | 1 | 2;
  readonly lines: string[];
}

/**
 * `qbench verify`: 0 when the seal holds, 1 when it is broken or absent, 2 when the file cannot be
 * read. With `code` (from the stamped paper) the seal must also be the paper's: a code of another
 * seal is 1 and names the file's own; a code that fails its check is a typo, 2. `password` opens an
 * encrypted workbook (a wrong one is unreadable, 2) and goes to the reader only.
 */
export async function runVerify(path: string, lang: Lang, code?: string, password?: string): Promise<VerifyOutcome> {
  const t = T[lang];
  const file = await loadFile(path, {}, password);
  if (file.kind === "unreadable") return { status: 2, lines: [unreadableReason(file.error, lang)] };
  const record = file.store.seal;
  const result = file.seal;
  if (result.state !== "none" && result.recordLost !== undefined) return { status: 1, lines: [describeSeal(result, lang).headline] };
  if (record === undefined || result.state === "none") return { status: 1, lines: [t.none] };
  const fileCode = sealCodeOf(record.digest);
  const described = describeSeal(result, lang, (value) => clip(value, VALUE_WIDTH));
  const older = described.older === undefined ? [] : [described.older];
  const sealLines =
    result.state === "valid"
      ? [t.valid(record.sealedBy, chinaTime(record.sealedAt, lang), record.rowCount), ...older, t.code(fileCode)]
      : [described.headline, ...older, ...described.changes.map((line) => `  ${line}`)];
  if (code === undefined) return { status: result.state === "valid" ? 0 : 1, lines: sealLines };
  const paper = checkPaperCode(code, record, result.state);
  const answer = describePaperCode(paper, lang);
  switch (paper.kind) {
    case "typo":
      return { status: 2, lines: [answer] };
    case "mismatch":
    case "broken":
      return { status: 1, lines: [...sealLines, answer] };
    case "match":
      return { status: 0, lines: [...sealLines, answer] };
    case "unsealed":
      return { status: 1, lines: [t.none] };
  }
}
