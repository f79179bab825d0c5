import { open } from "node:fs/promises";
import ExcelJS from "exceljs";
import { COLUMN_KEYS, type ColumnKey } from "../../src/core/form/columns";
import type { CellValue } from "../../src/core/grid/cell";
import { regionOfUnit } from "../../src/core/reference";
import { NATIONAL } from "../../src/core/reference/region";
import { templateLayout } from "../../src/core/template/buildLayout";
import type { TemplateLayout } from "../../src/core/template/layout";
import { fitRowHeight } from "../../src/xlsx/rowHeight";
import { writeText } from "../../src/xlsx/safeText";
import { writeTemplateWorkbook } from "../../src/xlsx/writeTemplate";

/**
 * Workbooks as clerks send them, for the examples and the command-line tests: the template filled
 * in through exceljs, the way Excel would save it.
 */
export type RowInput = Partial<Record<ColumnKey, CellValue>>;

export interface FilledForm {
  readonly year: number;
  readonly unit: string;
  readonly filler: string;
  readonly phone: string;
  /** What the clerk typed into 时间: a date, or text such as 2021年6月10日. */
  readonly date: CellValue;
  readonly rows: readonly RowInput[];
}

/** A fixed instant, so that generated files do not change from run to run. */
export const FIXED_TIME = new Date(Date.UTC(2021, 5, 10, 8, 0, 0));

export function filledLayout(form: FilledForm): TemplateLayout {
  return templateLayout({ year: form.year, region: regionOfUnit(form.unit) ?? NATIONAL, dataRowCount: Math.max(form.rows.length, 10) });
}

/** The template with its header block and rows filled; returns the workbook and where each row went. */
export function filledWorkbook(form: FilledForm): { workbook: ExcelJS.Workbook; layout: TemplateLayout; sheet: ExcelJS.Worksheet } {
  const layout = filledLayout(form);
  const workbook = writeTemplateWorkbook(layout);
  workbook.created = FIXED_TIME;
  workbook.modified = FIXED_TIME;
  workbook.creator = "qbench examples";
  const sheet = workbook.getWorksheet(layout.sheetName)!;
  const values = layout.cells.filter((c) => c.role === "value");
  [form.unit, form.filler, form.phone, form.date].forEach((v, i) => writeText(sheet.getCell(values[i]!.address), v));
  form.rows.forEach((row, i) => {
    COLUMN_KEYS.forEach((key, c) => {
      const value = row[key];
      if (value !== undefined) writeText(sheet.getCell(layout.firstDataRow + i, c + 1), value);
    });
    fitRowHeight(
      sheet.getRow(layout.firstDataRow + i),
      COLUMN_KEYS.map((k) => row[k] ?? null),
      layout.columnWidths,
    );
  });
  return { workbook, layout, sheet };
}

/**
 * exceljs stamps every zip entry with the time of writing; a fixed DOS time in the local and
 * central headers makes the same content give the same bytes.
 */
export async function fixZipTimes(path: string): Promise<void> {
  const fh = await open(path, "r+");
  try {
    const { size } = await fh.stat();
    const buf = Buffer.alloc(size);
    await fh.read(buf, 0, size, 0);
    const time = 0x4000; // 08:00:00
    const date = ((2021 - 1980) << 9) | (6 << 5) | 10;
    for (let p = 0; p + 4 <= size; p++) {
      const sig = buf.readUInt32LE(p);
      if (sig === 0x04034b50 && p + 14 <= size) {
        buf.writeUInt16LE(time, p + 10);
        buf.writeUInt16LE(date, p + 12);
      } else if (sig === 0x02014b50 && p + 16 <= size) {
        buf.writeUInt16LE(time, p + 12);
        buf.writeUInt16LE(date, p + 14);
      }
    }
    await fh.write(buf, 0, size, 0);
  } finally {
    await fh.close();
  }
}

export async function writeWorkbook(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  workbook.created = FIXED_TIME;
  workbook.modified = FIXED_TIME;
  await workbook.xlsx.writeFile(path);
  await fixZipTimes(path);
}

/** Good rows of a 浙江省 form, each a different real-shaped enterprise. */
export const ZHEJIANG_ROWS: readonly RowInput[] = [
  {
    enterprise: "杭州海康威视数字技术股份有限公司",
    experience: "海康威视基于数字化的全面质量管理经验",
    city: "杭州市",
    industry: "计算机、通信和其他电子设备制造业",
    assets: 10385200.5,
    revenue: 8142000,
    taxProfit: 1962000.35,
    profit: 1540000,
    contact: "王芳",
    title: "质量部部长",
    phone: "13905710001",
  },
  {
    enterprise: "浙江正泰电器股份有限公司",
    experience: "正泰电器实施卓越绩效模式的质量提升经验",
    city: "温州市",
    industry: "电气机械和器材制造业",
    assets: 5032000,
    revenue: 3867000,
    taxProfit: 620000,
    profit: 451000.8,
    contact: "陈立",
    title: "质量总监",
    phone: "0577-62877777",
    remark: "2019年浙江省质量标杆",
  },
  {
    enterprise: "万向钱潮股份有限公司",
    experience: "万向钱潮开展精益六西格玛管理的经验",
    city: "杭州市",
    industry: "汽车制造业",
    assets: 1520000,
    revenue: 1260000,
    taxProfit: 98000,
    profit: 61000,
    contact: "赵敏",
    title: "质量经理",
    phone: "13805712233",
  },
  {
    enterprise: "浙江新和成股份有限公司",
    experience: "新和成构建全过程质量追溯体系的经验",
    city: "绍兴市",
    industry: "化学原料和化学制品制造业",
    assets: 3180000,
    revenue: 1530000,
    taxProfit: 520000,
    profit: 430000,
    contact: "孙磊",
    title: "副总经理",
    phone: "0575-86017157",
  },
];

/** Good rows of a 宁波市 form; 宁波 is a separately listed city with its own quota. */
export const NINGBO_ROWS: readonly RowInput[] = [
  {
    enterprise: "宁波方太厨具有限公司",
    experience: "方太基于中华优秀文化的质量管理经验",
    city: "宁波市",
    industry: "电气机械和器材制造业",
    assets: 1860000,
    revenue: 1210000,
    taxProfit: 260000,
    profit: 180000,
    contact: "钱晓",
    title: "质量部部长",
    phone: "13957401234",
  },
  {
    enterprise: "宁波舟山港股份有限公司",
    experience: "宁波舟山港推行智慧港口质量管控的经验",
    city: "宁波市",
    industry: "水上运输业",
    assets: 9120000,
    revenue: 2620000,
    taxProfit: 690000,
    profit: 480000,
    contact: "吴迪",
    title: "质量安全部经理",
    phone: "0574-27686000",
  },
];

/** Rows with 序号 1, 2, 3… in front, as a clerk numbers them. */
export const numbered = (rows: readonly RowInput[]): RowInput[] => rows.map((r, i) => ({ seq: i + 1, ...r }));

/** The clean 浙江省 form the examples seal and the command-line tests start from. */
export const ZHEJIANG_FORM: FilledForm = {
  year: 2021,
  unit: "浙江省经济和信息化厅",
  filler: "李明",
  phone: "0571-87054321",
  date: new Date(Date.UTC(2021, 5, 10)),
  rows: numbered(ZHEJIANG_ROWS),
};
