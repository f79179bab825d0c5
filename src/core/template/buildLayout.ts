import { COLUMN_COUNT, FORM_COLUMNS, type ColumnKey } from "../form/columns";
import { formSpec, HEADER_FIELDS, type HeaderFieldKey } from "../form/formSpec";
import { cellAddress, columnLetter } from "../grid/address";
import type { Region } from "../reference/region";
import type { CellRole, LayoutCell, LayoutStyle, LayoutValidation, TemplateLayout } from "./layout";
import { DATA_ALIGNMENT, FONTS, PRINT, PRINT_WIDTHS, ROW_HEIGHT, STYLE } from "./look";
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

const MONEY_FORMAT = "#,##0.00";
/**
 * Text: the layout's own texts stay text whatever they start with, and a mobile number typed into
 * 联系方式 stays a number string, not 1.39E+10.
 */
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

  const values: Readonly<Record<HeaderFieldKey, LayoutCell["value"]>> = {
    unit: options.unit ?? null,
    filler: options.filler ?? null,
    fillerPhone: options.phone ?? null,
    date: spec.datePlaceholder,
  };

  const cells: LayoutCell[] = [];
  const merges: string[] = [];
  const styles: Array<{ range: string; style: LayoutStyle }> = [];
  const numberFormats: Array<{ range: string; format: string }> = [];
  /** A text cell of the layout over `range` (its first cell, or a merge): value, style, text format. */
  const put = (range: string, value: LayoutCell["value"], role: CellRole): void => {
    cells.push({ address: range.split(":")[0]!, value, role });
    if (range.includes(":")) merges.push(range);
    styles.push({ range, style: STYLE[role] });
    numberFormats.push({ range, format: TEXT_FORMAT });
  };

  put(cellAddress(ROW_ANNEX, 1), spec.annex, "annex");
  put(`A${ROW_TITLE}:${lastCol}${ROW_TITLE}`, spec.title, "title");
  for (const field of HEADER_FIELDS) {
    const place = HEADER_BLOCK[field.key];
    put(span(ROW_HEADER_BLOCK, place.label), field.label, "label");
    put(span(ROW_HEADER_BLOCK, place.value), values[field.key], "value");
  }
  put(cellAddress(ROW_UNIT_NOTE, COLUMN_COUNT), spec.unitNote, "unitNote");
  FORM_COLUMNS.forEach((column, i) => put(cellAddress(TEMPLATE_HEADER_ROW, i + 1), column.name, "header"));
  put(`A${noteRow}:${lastCol}${noteRow}`, spec.note, "note");
  for (const column of FORM_COLUMNS) {
    const range = columnRange(column.key, firstDataRow, lastDataRow);
    styles.push({ range, style: { ...STYLE.data, horizontal: DATA_ALIGNMENT[column.kind] } });
    if (column.kind === "money") numberFormats.push({ range, format: MONEY_FORMAT });
    if (column.key === "phone") numberFormats.push({ range, format: TEXT_FORMAT });
  }

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

  return {
    sheetName: FORM_SHEET_NAME,
    cells,
    merges,
    columnWidths: FORM_COLUMNS.map((c) => PRINT_WIDTHS[c.key]),
    rowHeights: [
      { row: ROW_TITLE, height: ROW_HEIGHT.title },
      { row: ROW_HEADER_BLOCK, height: ROW_HEIGHT.headerBlock },
      { row: TEMPLATE_HEADER_ROW, height: ROW_HEIGHT.header },
      { row: noteRow, height: ROW_HEIGHT.note },
    ],
    headerRow: TEMPLATE_HEADER_ROW,
    firstDataRow,
    dataRowCount,
    listSheet,
    validations,
    numberFormats,
    styles,
    fonts: FONTS,
    frozenRows: TEMPLATE_HEADER_ROW,
    print: { ...PRINT, titleRows: `1:${TEMPLATE_HEADER_ROW}` },
  };
}
