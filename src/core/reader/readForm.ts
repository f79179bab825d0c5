import { COLUMN_COUNT, COLUMN_INDEX, FORM_COLUMNS, MONEY_KEYS } from "../form/columns";
import type { FormSheet } from "../form/formSheet";
import type { FormSpec } from "../form/formSpec";
import { cellAddress } from "../grid/address";
import type { CellRange, Grid } from "../grid/grid";
import { defaultSeverity } from "../issues/registry";
import type { Issue } from "../issues/issue";
import { readDataRows } from "./dataRows";
import { readFooterFields, readHeaderBlock } from "./headerBlock";
import { headerIssues } from "./headerIssues";
import { headerUnit } from "./headerKey";
import { locateHeader, type HeaderMatch } from "./locateHeader";
import { SheetView } from "./sheetView";

export interface ReadResult {
  /** The form, when some sheet carries its header. */
  readonly form?: FormSheet;
  /** Structural issues: where the header is missing, incomplete or out of order, merged data cells. */
  readonly issues: Issue[];
}

/** How far under the table sign-off lines (`填报人：`, `时间：`) are looked for. */
const FOOTER_ROWS = 30;

/**
 * Finds the form among a workbook's sheets — the sheet whose header names the most columns,
 * the first of equals — and reads it. Values stay as the cells hold them; the checks judge them.
 * Only the spec's columns matter here: the year and the money unit are the checks' business.
 */
export function readForm(grids: readonly Grid[], spec: Pick<FormSpec, "columns"> = { columns: FORM_COLUMNS }): ReadResult {
  let best: { view: SheetView; match: HeaderMatch } | undefined;
  for (const grid of grids) {
    const view = new SheetView(grid);
    const match = locateHeader(view);
    if (match !== undefined && (best === undefined || match.score > best.match.score)) best = { view, match };
    if (best?.match.score === COLUMN_COUNT) break; // no later sheet can beat a complete header
  }
  if (best === undefined) {
    return {
      issues: [{ code: "sheet-not-found", severity: defaultSeverity("sheet-not-found"), sheet: grids[0]?.sheet ?? "" }],
    };
  }
  const { view, match } = best;
  const sheet = view.grid.sheet;
  const block = readHeaderBlock(view, view.top, match.headerTop - 1);
  const data = readDataRows(view, { top: match.headerTop, bottom: match.headerRow }, match.positions);
  if (data.endRow !== undefined) readFooterFields(view, data.endRow, data.endRow + FOOTER_ROWS, block);
  const moneyUnit = block.moneyUnit ?? headerMoneyUnit(view, match);

  const form: FormSheet = {
    sheet,
    ...(block.title === undefined ? {} : { title: block.title }),
    ...(block.titleYear === undefined ? {} : { titleYear: block.titleYear }),
    header: block.header,
    headerRow: match.headerRow,
    columnPositions: match.positions,
    rows: data.rows,
    blankRows: data.blankRows,
    ...(data.totalRow === undefined ? {} : { totalRow: data.totalRow }),
    ...(moneyUnit === undefined ? {} : { moneyUnit }),
  };
  const issues = [
    ...headerIssues(sheet, match, spec.columns),
    ...data.mergedRanges.map((m) => mergedDataIssue(sheet, view, m, match.headerRow + 1)),
  ];
  return { form, issues };
}

/** A unit written into the money headings (`资产总额（万元）`) or over them (`经济指标（万元）`). */
function headerMoneyUnit(view: SheetView, match: HeaderMatch): string | undefined {
  for (const key of MONEY_KEYS) {
    const col = match.positions[COLUMN_INDEX[key]];
    if (col === undefined) continue;
    for (let row = match.headerTop; row <= match.headerRow; row++) {
      const shown = view.shown(row, col).value;
      const unit = typeof shown === "string" ? headerUnit(shown) : undefined;
      if (unit !== undefined) return unit;
    }
    if (match.headerTop > view.top) {
      const group = view.shown(match.headerTop - 1, col).value;
      const unit = typeof group === "string" && group.length < 40 ? headerUnit(group) : undefined;
      if (unit !== undefined) return unit;
    }
  }
  return undefined;
}

function mergedDataIssue(sheet: string, view: SheetView, range: CellRange, firstDataRow: number): Issue {
  const row = Math.max(range.top, firstDataRow);
  const col = range.left;
  const name = `${cellAddress(range.top, range.left)}:${cellAddress(range.bottom, range.right)}`;
  return {
    code: "merged-data-cells",
    severity: defaultSeverity("merged-data-cells"),
    sheet,
    ...(view.contains(row, col) ? { cell: cellAddress(row, col) } : {}),
    row,
    params: { range: name },
  };
}
