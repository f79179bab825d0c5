import type { FormColumn } from "../form/columns";
import { cellAddress } from "../grid/address";
import { defaultSeverity } from "../issues/registry";
import type { Issue } from "../issues/issue";
import type { HeaderMatch } from "./locateHeader";

/**
 * The header's structural issues: each missing column, each heading the form does not have
 * (or names a column twice), and each column standing out of the form's order.
 */
export function headerIssues(sheet: string, match: HeaderMatch, columns: readonly FormColumn[]): Issue[] {
  const issues: Issue[] = [];
  columns.forEach((column, i) => {
    if (match.positions[i] !== undefined) return;
    issues.push({
      code: "header-missing-column",
      severity: defaultSeverity("header-missing-column"),
      sheet,
      row: match.headerRow,
      column: column.name,
    });
  });
  const extras = [...match.cells.filter((c) => c.key === undefined), ...match.duplicates].sort((a, b) => a.col - b.col);
  for (const cell of extras) {
    issues.push({
      code: "header-extra-column",
      severity: defaultSeverity("header-extra-column"),
      sheet,
      cell: cellAddress(cell.row, cell.col),
      row: cell.row,
      value: cell.value,
    });
  }
  for (const i of misplaced(match.positions)) {
    const col = match.positions[i]!;
    const cell = match.cells.find((c) => c.col === col && c.key !== undefined);
    issues.push({
      code: "header-column-order",
      severity: defaultSeverity("header-column-order"),
      sheet,
      ...(cell === undefined ? {} : { cell: cellAddress(cell.row, cell.col), row: cell.row, value: cell.value }),
      column: columns[i]!.name,
      params: { expected: i + 1 },
    });
  }
  return issues;
}

/**
 * Form columns out of order, as few as possible: those outside the longest run that is in order.
 * Swapping two columns thus names one of them, not every column after the swap.
 */
function misplaced(positions: ReadonlyArray<number | undefined>): number[] {
  const present: number[] = [];
  positions.forEach((p, i) => {
    if (p !== undefined) present.push(i);
  });
  const length: number[] = present.map(() => 1);
  const previous: number[] = present.map(() => -1);
  for (let j = 0; j < present.length; j++) {
    for (let k = 0; k < j; k++) {
      if (positions[present[k]!]! < positions[present[j]!]! && length[k]! + 1 > length[j]!) {
        length[j] = length[k]! + 1;
        previous[j] = k;
      }
    }
  }
  let end = -1;
  for (let j = 0; j < present.length; j++) if (end < 0 || length[j]! > length[end]!) end = j;
  const inOrder = new Set<number>();
  for (let j = end; j >= 0; j = previous[j]!) inOrder.add(present[j]!);
  return present.filter((i) => !inOrder.has(i));
}
