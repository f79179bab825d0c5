import type { CellValue } from "../../core/grid/cell";
import type { Issue } from "../../core/issues/issue";
import type { AppliedChange, CellChange, CellMark } from "../../core/workbook";

/** One change a fix would make, shown to the clerk before anything is written. */
export interface FixProposal {
  readonly key: string;
  readonly sheet: string;
  readonly cell: string;
  readonly before: CellValue;
  readonly after: CellValue;
  readonly issue: Issue;
}

export const proposalKey = (sheet: string, cell: string): string => `${sheet}!${cell}`;

/** Every issue with a safe correction, one per cell (the first issue found for a cell wins). */
export function fixProposals(issues: readonly Issue[]): FixProposal[] {
  const byCell = new Map<string, FixProposal>();
  for (const issue of issues) {
    if (issue.fix === undefined || issue.cell === undefined) continue;
    const key = proposalKey(issue.sheet, issue.cell);
    if (byCell.has(key)) continue;
    byCell.set(key, { key, sheet: issue.sheet, cell: issue.cell, before: issue.value ?? null, after: issue.fix, issue });
  }
  return [...byCell.values()];
}

export function changesOf(proposals: readonly FixProposal[]): CellChange[] {
  return proposals.map((p) => ({ sheet: p.sheet, cell: p.cell, value: p.after }));
}

/** The writes that put back what a batch of changes replaced, last change first. */
export function undoChanges(applied: readonly AppliedChange[]): CellChange[] {
  return [...applied].reverse().map((a) => ({
    sheet: a.sheet,
    cell: a.cell,
    value: a.previous,
    ...(a.previousFormula === undefined ? {} : { formula: a.previousFormula }),
  }));
}

/** Marks for every issue that points at a cell. */
export function marksOf(issues: readonly Issue[], message: (issue: Issue) => string): CellMark[] {
  return issues
    .filter((i): i is Issue & { cell: string } => i.cell !== undefined)
    .map((i) => ({ sheet: i.sheet, cell: i.cell, severity: i.severity, note: message(i) }));
}
