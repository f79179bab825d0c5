import { COLUMN_COUNT, FORM_COLUMNS, type ColumnKey } from "../form/columns";
import { formSpec, HEADER_FIELDS, type HeaderFieldKey } from "../form/formSpec";
import { cellAddress, columnLetter } from "../grid/address";
import type { CellValue } from "../grid/cell";
import type { Region } from "../reference/region";
import type { LayoutCell, LayoutValidation, TemplateLayout } from "./layout";
import { LIST_SHEET_NAME, templateListSheet } from "./lists";
import { columnPrompt } from "./prompts";

export interface TemplateOptions {
  readonly year: number;
  readonly region: Region;
  readonly unit?: string;
  readonly filler?: string;
  readonly phone?: string;
  readonly moneyUnit?: string;
  /** Rows prepared for data (borders, formats, dropdowns); default 30. */
  readonly dataRowCount?: number;
}

export const FORM_SHEET_NAME = "申报企业统计表";
export const DEFAULT_DATA_ROW_COUNT = 30;

/**
 * Where the header block's pairs sit on row 3: the label, then the value cells right of it. The
 * columns follow the table's widths so that each value has room on an A4 landscape page:
 * 推荐单位 gets the wide 经验名称 column, 时间 ends at the right margin.
 */
const HEADER_BLOCK: Readonly<Record<HeaderFieldKey, { label: [number, number]; value: [number, number] }>> = {
  unit: { label: [1, 2], value: [3, 4] },
  filler: { label: [5, 5], value: [6, 7] },
  fillerPhone: { label: [8, 8], value: [9, 10] },
  date: { label: [11, 11], value: [12, 13] },
};

const ROW_ANNEX = 1;
const ROW_TITLE = 2;
const ROW_HEADER_BLOCK = 3;
/** The money unit note sits alone on row 4, right-aligned above the table's right end. */
const ROW_UNIT_NOTE = 4;
export const TEMPLATE_HEADER_ROW = 5;

/**
 * Printed widths (Excel character units). Narrower than the on-screen defaults of FORM_COLUMNS so
 * that fitting 13 columns to one A4 landscape page keeps the text near its real size (a sum of
 * about 175 units prints at ~80 %); long names wrap instead.
 */
const PRINT_WIDTHS: Readonly<Record<ColumnKey, number>> = {
  seq: 5,
  enterprise: 24,
  experience: 28,
  city: 10,
  industry: 18,
  assets: 11,
  revenue: 11,
  taxProfit: 11,
  profit: 11,
  contact: 9,
  title: 9,
  phone: 14,
  remark: 14,
};

const MONEY_FORMAT = "#,##0.00";
/** 联系方式 is text so that a mobile number typed in stays a number string, not 1.39E+10. */
const TEXT_FORMAT = "@";

function span(row: number, [left, right]: [number, number]): string {
  const first = cellAddress(row, left);
  return left === right ? first : `${first}:${cellAddress(row, right)}`;
}

function columnRange(key: ColumnKey, firstRow: number, lastRow: number): string {
  const col = FORM_COLUMNS.findIndex((c) => c.key === key) + 1;
  return `${cellAddress(firstRow, col)}:${cellAddress(lastRow, col)}`;
}

/** The blank Annex 3 form (docs/domain/form.md#the-generated-sheet) as plain data, for the exceljs and the Office.js writers. */
export function templateLayout(options: TemplateOptions): TemplateLayout {
  const spec = formSpec(options.year, options.moneyUnit);
  const dataRowCount = Math.max(1, Math.floor(options.dataRowCount ?? DEFAULT_DATA_ROW_COUNT));
  const firstDataRow = TEMPLATE_HEADER_ROW + 1;
  const lastDataRow = firstDataRow + dataRowCount - 1;
  const noteRow = lastDataRow + 1;
  const lastCol = columnLetter(COLUMN_COUNT);

  const values: Readonly<Record<HeaderFieldKey, CellValue>> = {
    unit: options.unit ?? null,
    filler: options.filler ?? null,
    fillerPhone: options.phone ?? null,
    date: spec.datePlaceholder,
  };

  const cells: LayoutCell[] = [
    { address: cellAddress(ROW_ANNEX, 1), value: spec.annex, role: "annex" },
    { address: cellAddress(ROW_TITLE, 1), value: spec.title, role: "title" },
  ];
  const merges: string[] = [`A${ROW_TITLE}:${lastCol}${ROW_TITLE}`];
  for (const field of HEADER_FIELDS) {
    const place = HEADER_BLOCK[field.key];
    cells.push({ address: cellAddress(ROW_HEADER_BLOCK, place.label[0]), value: field.label, role: "label" });
    cells.push({ address: cellAddress(ROW_HEADER_BLOCK, place.value[0]), value: values[field.key], role: "value" });
    for (const part of [place.label, place.value]) {
      if (part[0] !== part[1]) merges.push(span(ROW_HEADER_BLOCK, part));
    }
  }
  cells.push({ address: cellAddress(ROW_UNIT_NOTE, COLUMN_COUNT), value: spec.unitNote, role: "unitNote" });
  FORM_COLUMNS.forEach((column, i) => {
    cells.push({ address: cellAddress(TEMPLATE_HEADER_ROW, i + 1), value: column.name, role: "header" });
  });
  cells.push({ address: cellAddress(noteRow, 1), value: spec.note, role: "note" });
  merges.push(`A${noteRow}:${lastCol}${noteRow}`);

  const listSheet = templateListSheet(options.region);
  const validations: LayoutValidation[] = FORM_COLUMNS.map((column): LayoutValidation => {
    const range = columnRange(column.key, firstDataRow, lastDataRow);
    const prompt = columnPrompt(column.key, spec.moneyUnit);
    if (column.kind === "money") return { kind: "decimal", range, min: 0, prompt };
    if (column.key === "experience") return { kind: "textLength", range, max: 40, prompt };
    const listIndex = listSheet.columns.findIndex((l) => l.heading === column.name);
    const list = listSheet.columns[listIndex];
    if (list !== undefined && list.values.length > 0) {
      const letter = columnLetter(listIndex + 1);
      const source = `'${LIST_SHEET_NAME}'!$${letter}$2:$${letter}$${list.values.length + 1}`;
      return { kind: "list", range, source, prompt };
    }
    return { kind: "any", range, prompt };
  });

  const numberFormats = [
    ...FORM_COLUMNS.filter((c) => c.kind === "money").map((c) => ({
      range: columnRange(c.key, firstDataRow, lastDataRow),
      format: MONEY_FORMAT,
    })),
    { range: columnRange("phone", firstDataRow, lastDataRow), format: TEXT_FORMAT },
  ];

  return {
    sheetName: FORM_SHEET_NAME,
    cells,
    merges,
    columnWidths: FORM_COLUMNS.map((c) => PRINT_WIDTHS[c.key]),
    rowHeights: [
      { row: ROW_TITLE, height: 36 },
      { row: ROW_HEADER_BLOCK, height: 24 },
      { row: TEMPLATE_HEADER_ROW, height: 30 },
      { row: noteRow, height: 20 },
    ],
    headerRow: TEMPLATE_HEADER_ROW,
    firstDataRow,
    dataRowCount,
    listSheet,
    validations,
    numberFormats,
    frozenRows: TEMPLATE_HEADER_ROW,
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: `1:${TEMPLATE_HEADER_ROW}`,
    },
  };
}
