import { COLUMN_KEYS, type ColumnKey } from "../../src/core/form/columns";
import type { FormRow, FormSheet } from "../../src/core/form/formSheet";
import type { CellValue } from "../../src/core/grid/cell";
import { listDivisions, prefecturesOf } from "../../src/core/reference";
import type { Region } from "../../src/core/reference/region";

export type GeneratedRow = Record<ColumnKey, CellValue>;

/** Mulberry32: a tiny seeded generator, so every bench run validates the very same rows. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Characters of trade names (字号); three of them, chosen from the row number, make every name
 * unique. No two of them make a place name (金华, 永康, 新昌 …): a trade name that starts with a
 * place reads as the place, and the experience title would then not name the enterprise.
 */
const NAME_CHARS = "恒远华立正泰天大固卓博能成盛宏达瑞丰中科向精工宇航嘉明云鼎益隆康盈通振鸿凯越恩泽广源辰星春汇";
const TRADES = ["精密机械", "电子科技", "新材料", "化工", "汽车零部件", "电气", "纺织", "食品", "制药", "光电", "智能装备", "环保科技"];
const SUFFIXES = ["有限公司", "股份有限公司", "集团有限公司", "有限责任公司"];
const METHODS = [
  "实施卓越绩效管理",
  "推行数字化质量管控",
  "以六西格玛提升过程能力",
  "构建全员质量责任体系",
  "应用大数据实现质量追溯",
  "开展供应链协同质量改进",
  "打造零缺陷制造模式",
];
const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];
const GIVEN = ["芳", "伟", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛"];
const TITLES = ["质量部部长", "总经理", "副总经理", "质量总监", "办公室主任", "技术中心主任"];
const AREA_CODES = ["0571", "0574", "0577", "0573", "0575"];
const REMARKS = ["2019年浙江省质量标杆", "2020年度省质量标杆", "二〇一八年全省质量标杆"];

/**
 * `count` rows as clerks fill them: most clean, the rest with the defects reviewers meet most
 * (text numbers, figures in 元, losses, short city names, county-level cities, industry codes,
 * odd phones, long experience titles, remarks without a year, blanks), in fixed proportions: about
 * five rows in six are clean, and nearly every other row has a single finding (100 000 rows give
 * 16 712 findings on 15 216 rows), as in forms that clerks have filled with some care.
 */
export function generateRows(count: number, region: Region, seed = 20210601): GeneratedRow[] {
  const rnd = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const chance = (p: number): boolean => rnd() < p;
  const cities = prefecturesOf(region);
  const divisions = listDivisions();
  const industrial = divisions.filter((d) => ["B", "C", "D"].includes(d.section));
  const digits = (n: number): string => {
    let s = "";
    for (let i = 0; i < n; i++) s += Math.floor(rnd() * 10);
    return s;
  };
  const money = (v: number): number => Math.round(v * 100) / 100;

  const rows: GeneratedRow[] = [];
  for (let i = 0; i < count; i++) {
    const city = pick(cities);
    const brand = tradeName(i);
    const enterprise =
      chance(0.005) && rows.length > 0
        ? rows[Math.floor(rnd() * rows.length)]!.enterprise
        : `${city.replace(/市$/, "")}${brand}${pick(TRADES)}${pick(SUFFIXES)}`;
    const experience = chance(0.01) ? `${brand}${pick(METHODS)}${pick(METHODS)}${pick(METHODS)}的经验` : `${brand}${pick(METHODS)}的经验`;

    const revenue = money(Math.exp(7 + rnd() * 6));
    const assets = money(revenue * (0.6 + rnd() * 1.4));
    const profit = money(revenue * (0.02 + rnd() * 0.13));
    const taxProfit = money(profit * (1.1 + rnd() * 0.5));
    const amounts: Record<"assets" | "revenue" | "taxProfit" | "profit", CellValue> = { assets, revenue, taxProfit, profit };
    if (chance(0.02)) amounts.revenue = revenue.toLocaleString("en-US");
    if (chance(0.003)) amounts.assets = money(assets * 10000);
    if (chance(0.003)) amounts.assets = -assets;
    if (chance(0.005)) amounts.profit = -profit;
    if (chance(0.005)) amounts.taxProfit = money(profit * 0.8);
    if (chance(0.003)) amounts.taxProfit = "暂无";
    if (chance(0.002)) amounts.profit = { error: "#DIV/0!" };

    const phone: CellValue = chance(0.15)
      ? `${pick(AREA_CODES)}-8${digits(7)}`
      : chance(0.03)
        ? Number(`13${digits(9)}`)
        : chance(0.02)
          ? digits(6)
          : `1${3 + Math.floor(rnd() * 7)}${digits(9)}`;

    const row: GeneratedRow = {
      seq: chance(0.005) ? i + 2 : i + 1,
      enterprise,
      experience,
      city: chance(0.03) ? city.replace(/市$/, "") : chance(0.005) ? "火星市" : city,
      industry: chance(0.03)
        ? pick(industrial).code
        : chance(0.01)
          ? "软件和信息技术服务业"
          : chance(0.005)
            ? "高端装备"
            : pick(industrial).name,
      ...amounts,
      contact: chance(0.005) ? `13${digits(9)}` : pick(SURNAMES) + pick(GIVEN),
      title: pick(TITLES),
      phone,
      remark: chance(0.08) ? pick(REMARKS) : chance(0.01) ? "省质量标杆" : null,
    };
    if (chance(0.005)) row[pick(COLUMN_KEYS.filter((k) => k !== "remark"))] = null;
    rows.push(row);
  }
  return asRead(rows);
}

/**
 * Text cells as a reader hands them over. Built by concatenation, the generated strings are ropes
 * (V8 cons strings), which rules that read text character by character walk slower than the flat
 * strings parsed from a file; and a workbook stores each distinct text once (its shared-strings
 * table), so equal cells share one string. A JSON round trip flattens each distinct text.
 */
function asRead(rows: GeneratedRow[]): GeneratedRow[] {
  const shared = new Map<string, string>();
  const flat = (text: string): string => {
    let read = shared.get(text);
    if (read === undefined) {
      read = JSON.parse(JSON.stringify(text)) as string;
      shared.set(read, read);
    }
    return read;
  };
  for (const row of rows) {
    for (const key of COLUMN_KEYS) {
      const value = row[key];
      if (typeof value === "string") row[key] = flat(value);
    }
  }
  return rows;
}

function tradeName(index: number): string {
  const base = NAME_CHARS.length;
  let n = index;
  let name = "";
  for (let i = 0; i < 3; i++) {
    name += NAME_CHARS[n % base];
    n = Math.floor(n / base);
  }
  return n === 0 ? name : name + NAME_CHARS[n % base];
}

/** The rows as the reader would hand them to the checks: a template-shaped sheet, data from row 5. */
export function formOf(rows: readonly GeneratedRow[], year: number): FormSheet {
  const formRows: FormRow[] = rows.map((r, i) => ({ rowNumber: 5 + i, values: COLUMN_KEYS.map((k) => r[k]) }));
  return {
    sheet: `${year}年申报企业统计表`,
    titleYear: year,
    title: { value: `${year}年工业企业质量标杆申报企业统计表`, cell: "A2" },
    header: {
      unit: { value: "浙江省经济和信息化厅", cell: "B3" },
      filler: { value: "李明", cell: "D3" },
      fillerPhone: { value: "0571-87654321", cell: "F3" },
      date: { value: new Date(Date.UTC(year, 5, 1)), cell: "H3" },
    },
    headerRow: 4,
    columnPositions: COLUMN_KEYS.map((_k, i) => i + 1),
    rows: formRows,
    blankRows: [],
  };
}
