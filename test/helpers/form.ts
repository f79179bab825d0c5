import { COLUMN_KEYS, type ColumnKey } from "../../src/core/form/columns";
import type { FormRow, FormSheet, HeaderValue } from "../../src/core/form/formSheet";
import { formSpec, type HeaderFieldKey } from "../../src/core/form/formSpec";
import type { CellValue } from "../../src/core/grid/cell";
import type { ValidationOptions } from "../../src/core/checks/check";
import type { Check } from "../../src/core/checks/check";
import { validateForm } from "../../src/core/checks/validate";
import type { Region } from "../../src/core/reference/region";
import type { Issue } from "../../src/core/issues/issue";

export type RowInput = Partial<Record<ColumnKey, CellValue>>;

/** A row that breaks no rule, for a 浙江省 form of 2021; tests override the cells they are about. */
export const GOOD_ROW: Required<RowInput> = {
  seq: 1,
  enterprise: "杭州海康威视数字技术股份有限公司",
  experience: "海康威视实施数字化质量管理的经验",
  city: "杭州市",
  industry: "计算机、通信和其他电子设备制造业",
  assets: 12000.5,
  revenue: 8500,
  taxProfit: 1600,
  profit: 1200,
  contact: "王芳",
  title: "质量部部长",
  phone: "13912345678",
  remark: null,
};

export const ZHEJIANG: Region = { code: "330000", name: "浙江省", kind: "province" };

/** The sheet as the template lays it out: header on row 4, columns A–M, data from row 5. */
export function makeForm(rows: RowInput[], extra: Partial<FormSheet> = {}): FormSheet {
  const formRows: FormRow[] = rows.map((r, i) => ({
    rowNumber: 5 + i,
    values: COLUMN_KEYS.map((k) => (k in r ? (r[k] ?? null) : null)),
  }));
  const header: Partial<Record<HeaderFieldKey, HeaderValue>> = {
    unit: { value: "浙江省经济和信息化厅", cell: "B3" },
    filler: { value: "李明", cell: "D3" },
    fillerPhone: { value: "0571-87654321", cell: "F3" },
    date: { value: new Date(Date.UTC(2021, 5, 1)), cell: "H3" },
  };
  return {
    sheet: "Sheet1",
    titleYear: 2021,
    title: { value: "2021年工业企业质量标杆申报企业统计表", cell: "A2" },
    header,
    headerRow: 4,
    columnPositions: COLUMN_KEYS.map((_k, i) => i + 1),
    rows: formRows,
    blankRows: [],
    ...extra,
  };
}

/** Rows built from GOOD_ROW with the given overrides and 序号 counted 1, 2, 3 … */
export function goodRows(...overrides: RowInput[]): RowInput[] {
  return overrides.map((o, i) => ({ ...GOOD_ROW, seq: i + 1, ...o }));
}

export function options(overrides: Partial<ValidationOptions> = {}): ValidationOptions {
  return { spec: formSpec(2021), region: ZHEJIANG, today: new Date(Date.UTC(2021, 11, 31)), ...overrides };
}

export function runCheck(check: Check, form: FormSheet, opts: Partial<ValidationOptions> = {}): Issue[] {
  return validateForm(form, options(opts), [check]);
}
