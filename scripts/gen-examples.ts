/**
 * Writes examples/: workbooks as a selecting office receives them (clean ones from three units,
 * typical mistakes, a hand-made layout, a sealed one, one changed after sealing, one over quota)
 * and the office's quota table. Output is deterministic: fixed dates and zip timestamps.
 *
 *   npm run gen:examples
 */
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { FORM_COLUMNS } from "../src/core/form/columns";
import { runSeal } from "../src/cli/seal";
import { writeText } from "../src/xlsx/safeText";
import {
  filledWorkbook,
  fixZipTimes,
  FIXED_TIME,
  NINGBO_ROWS,
  numbered,
  writeWorkbook,
  ZHEJIANG_FORM,
  ZHEJIANG_ROWS,
  type FilledForm,
  type RowInput,
} from "./lib/formWorkbook";

const OUT = join(__dirname, "..", "examples");
const DAY = new Date(Date.UTC(2021, 5, 10));

const NINGBO: FilledForm = {
  year: 2021,
  unit: "宁波市经济和信息化局",
  filler: "周静",
  phone: "0574-89180000",
  date: DAY,
  rows: numbered(NINGBO_ROWS),
};

const ASSOCIATION: FilledForm = {
  year: 2021,
  unit: "中国电子信息行业联合会",
  filler: "郑红",
  phone: "010-68208888",
  date: DAY,
  rows: numbered([
    {
      enterprise: "华为技术有限公司",
      experience: "华为构建端到端质量管理体系的经验",
      city: "深圳市",
      industry: "计算机、通信和其他电子设备制造业",
      assets: 87680000,
      revenue: 63680000,
      taxProfit: 9800000,
      profit: 6460000,
      contact: "冯杰",
      title: "质量经理",
      phone: "0755-28780808",
    },
    // Also on 浙江省经济和信息化厅's form: enterprise-recommended-twice.
    { ...ZHEJIANG_ROWS[0], contact: "褚云", phone: "13905719999" },
    {
      enterprise: "京东方科技集团股份有限公司",
      experience: "京东方实施全价值链质量管理的经验",
      city: "北京市",
      industry: "计算机、通信和其他电子设备制造业",
      assets: 42000000,
      revenue: 21300000,
      taxProfit: 3100000,
      profit: 2580000,
      contact: "卫宁",
      title: "质量总监",
      phone: "010-64318888",
    },
  ]),
};

/** Row 1 of the 江苏 form, written without 市 in 所在市; row 4 repeats it with an over-long 经验名称. */
const XCMG: RowInput = {
  enterprise: "徐工集团工程机械股份有限公司",
  experience: "徐工推行数字化质量管控的经验",
  city: "徐州",
  industry: "专用设备制造业",
  assets: 9160000,
  revenue: 7390000,
  taxProfit: 520000,
  profit: 370000,
  contact: "沈卫",
  title: "质量部部长",
  phone: "13951800001",
};

/** The mistakes reviewers meet most, one per row, on an otherwise good 江苏 form. */
const JIANGSU_MISTAKES: FilledForm = {
  year: 2021,
  unit: "江苏省工业和信息化厅",
  filler: "蒋涛",
  phone: "",
  date: "2021年6月8日",
  rows: numbered([
    XCMG,
    {
      enterprise: "好孩子儿童用品有限公司",
      experience: "好孩子实施全员质量改进的经验",
      city: "昆山市",
      industry: "文教、工美、体育和娱乐用品制造业",
      assets: "1,250,000",
      revenue: "980000万元",
      taxProfit: 120000,
      profit: 86000,
      contact: "韩梅",
      title: "质量经理",
      phone: "13951800002",
    },
    {
      enterprise: "江苏恒瑞医药股份有限公司",
      experience: "恒瑞医药构建药品全生命周期质量体系的经验",
      city: "连云港市",
      industry: "医药制造业",
      assets: 38200000000,
      revenue: 27700000000,
      taxProfit: 7100000000,
      profit: 6300000000,
      contact: "杨帆",
      title: "质量副总裁",
      phone: "",
      remark: "省质量标杆",
    },
    {
      ...XCMG,
      experience: "徐工集团工程机械股份有限公司依托工业互联网平台开展全生命周期质量管理与持续改进的经验",
      city: "徐州市",
    },
  ]),
};

const SHANDONG: FilledForm = {
  year: 2021,
  unit: "山东省工业和信息化厅",
  filler: "朱琳",
  phone: "0531-51776000",
  date: DAY,
  rows: numbered([
    {
      enterprise: "海尔智家股份有限公司",
      experience: "海尔智家以用户为中心的质量管理经验",
      city: "青岛市",
      industry: "电气机械和器材制造业",
      assets: 20400000,
      revenue: 20970000,
      taxProfit: 1600000,
      profit: 1090000,
      contact: "秦川",
      title: "质量总监",
      phone: "0532-88939999",
    },
    {
      enterprise: "潍柴动力股份有限公司",
      experience: "潍柴动力实施精益质量管理的经验",
      city: "潍坊市",
      industry: "通用设备制造业",
      assets: 26400000,
      revenue: 19750000,
      taxProfit: 1520000,
      profit: 1100000,
      contact: "尤佳",
      title: "质量部部长",
      phone: "0536-8197777",
    },
  ]),
};

const FUJIAN_OVER_QUOTA: FilledForm = {
  year: 2021,
  unit: "福建省工业和信息化厅",
  filler: "许诺",
  phone: "0591-87066666",
  date: DAY,
  rows: numbered(
    (
      [
        ["宁德时代新能源科技股份有限公司", "宁德时代构建极限制造质量体系的经验", "宁德市", "电气机械和器材制造业", "0593-8901666"],
        ["福耀玻璃工业集团股份有限公司", "福耀玻璃推行全面质量管理的经验", "福州市", "非金属矿物制品业", "0591-85383777"],
        ["安踏体育用品集团有限公司", "安踏实施数字化质量追溯的经验", "泉州市", "纺织服装、服饰业", "0595-85929999"],
        ["厦门钨业股份有限公司", "厦门钨业开展全流程质量改进的经验", "厦门市", "有色金属冶炼和压延加工业", "0592-5363856"],
      ] as const
    ).map(([enterprise, experience, city, industry, phone], i) => ({
      enterprise,
      experience,
      city,
      industry,
      assets: 1000000 + i * 250000,
      revenue: 800000 + i * 100000,
      taxProfit: 90000 + i * 5000,
      profit: 60000 + i * 4000,
      contact: ["何平", "吕娟", "施洋", "张琦"][i]!,
      title: "质量经理",
      phone,
    })),
  ),
};

/**
 * A sheet made by hand: title and unit lines of its own, the header on rows 6–7 with
 * 经济指标（万元） over the money columns, an extra 统一社会信用代码 column, 所在市 merged over two rows.
 */
function handMade(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("广东推荐汇总");
  writeText(ws.getCell("A1"), "附件3");
  writeText(ws.getCell("A2"), "2021年工业企业质量标杆申报企业统计表");
  ws.mergeCells("A2:N2");
  writeText(ws.getCell("A4"), "推荐单位（盖章）：广东省工业和信息化厅");
  writeText(ws.getCell("F4"), "填报人：");
  writeText(ws.getCell("G4"), "曹敏");
  writeText(ws.getCell("I4"), "联系电话：");
  writeText(ws.getCell("J4"), "020-83133000");
  writeText(ws.getCell("L4"), "时间：");
  ws.getCell("M4").value = DAY;
  ws.getCell("M4").numFmt = 'yyyy"年"m"月"d"日"';
  const names = FORM_COLUMNS.map((c) => c.name);
  names.forEach((name, i) => {
    const col = i + 1;
    if (i >= 5 && i <= 8) writeText(ws.getCell(7, col), name);
    else {
      writeText(ws.getCell(6, col), name);
      ws.mergeCells(6, col, 7, col);
    }
  });
  writeText(ws.getCell("F6"), "经济指标（万元）");
  ws.mergeCells("F6:I6");
  writeText(ws.getCell("N6"), "统一社会信用代码");
  ws.mergeCells("N6:N7");
  const rows: CellValueRow[] = [
    [
      1,
      "美的集团股份有限公司",
      "美的集团推行数字化全价值链质量管理的经验",
      "佛山市",
      "电气机械和器材制造业",
      36000000,
      34300000,
      3800000,
      3300000,
      "邹凯",
      "质量总监",
      "0757-26338888",
      null,
      "91440606722473344C",
    ],
    [
      2,
      "广州汽车集团股份有限公司",
      "广汽集团实施整车全过程质量管控的经验",
      "广州市",
      "汽车制造业",
      27000000,
      6300000,
      900000,
      600000,
      "喻婷",
      "质量部部长",
      "020-83151139",
      null,
      "914400005505829839",
    ],
    [
      3,
      "广州视源电子科技股份有限公司",
      "视源股份构建敏捷质量管理体系的经验",
      null,
      "计算机、通信和其他电子设备制造业",
      1700000,
      2100000,
      260000,
      190000,
      "柏杨",
      "质量经理",
      "020-32210275",
      "2020年广东省质量标杆",
      "91440101761937963N",
    ],
  ];
  rows.forEach((row, r) => row.forEach((v, c) => writeText(ws.getCell(8 + r, c + 1), v)));
  ws.mergeCells("D9:D10");
  writeText(ws.getCell("A12"), "注：推荐申报全国质量标杆的往年全省质量标杆，请在备注栏注明公布年度。");
  ws.columns.forEach((c) => (c.width = 14));
  return wb;
}
type CellValueRow = (string | number | null)[];

const QUOTA = [
  { unit: "浙江省经济和信息化厅", total: 5, perCity: { 杭州市: 2 } },
  { unit: "宁波市经济和信息化局", total: 3 },
  { unit: "江苏省工业和信息化厅", total: 6 },
  { unit: "山东省工业和信息化厅", total: 3 },
  { unit: "福建省工业和信息化厅", total: 3 },
  { unit: "中国电子信息行业联合会", total: 5, perSection: { C: 5 } },
];

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  for (const f of await readdir(OUT)) if (/\.(xlsx|json)$/.test(f)) await rm(join(OUT, f));

  const plain: [string, FilledForm][] = [
    ["01-浙江省经济和信息化厅-已封存.xlsx", ZHEJIANG_FORM],
    ["02-宁波市经济和信息化局.xlsx", NINGBO],
    ["03-中国电子信息行业联合会.xlsx", ASSOCIATION],
    ["04-江苏省工业和信息化厅-常见错误.xlsx", JIANGSU_MISTAKES],
    ["06-山东省工业和信息化厅-封存后被改动.xlsx", SHANDONG],
    ["07-福建省工业和信息化厅-超名额.xlsx", FUJIAN_OVER_QUOTA],
  ];
  for (const [name, form] of plain) await writeWorkbook(filledWorkbook(form).workbook, join(OUT, name));
  await writeWorkbook(handMade(), join(OUT, "05-广东省工业和信息化厅-自制表格.xlsx"));

  const today = new Date(Date.UTC(2021, 5, 20));
  for (const [name, form] of [plain[0]!, plain[4]!]) {
    const path = join(OUT, name);
    const outcome = await runSeal(path, {
      force: false,
      unit: form.unit,
      by: form.filler,
      confirmWarnings: true,
      lang: "zh",
      today,
      sealedAt: FIXED_TIME,
    });
    if (outcome.status !== 0) throw new Error(`sealing ${name} failed: ${outcome.lines.join(" ")}`);
    await fixZipTimes(path);
  }
  // 山东: after sealing, someone raised 潍柴动力's profit and fixed a typo in a contact name.
  const tampered = join(OUT, plain[4]![0]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(tampered);
  const ws = wb.getWorksheet("申报企业统计表")!;
  ws.getCell("I7").value = 1300000;
  ws.getCell("J6").value = "秦 川";
  await writeWorkbook(wb, tampered);

  await writeFile(join(OUT, "quota.json"), `${JSON.stringify(QUOTA, null, 2)}\n`);
  process.stdout.write(`examples written to ${OUT}\n`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
