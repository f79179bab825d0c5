import type { CellValue } from "../../core/grid/cell";

/**
 * Rows a clerk of 浙江省经济和信息化厅 might have typed, with the mistakes clerks typically make
 * (named in the comment of each); the enterprises are invented.
 */
export const SAMPLE_ROWS: ReadonlyArray<readonly CellValue[]> = [
  // correct
  [
    1,
    "宁波东方精密机械有限公司",
    "东方精密推行全员精益生产的经验",
    "宁波市",
    "通用设备制造业",
    56800,
    43200.5,
    5230,
    3980,
    "陈晓燕",
    "质量部经理",
    "13805741234",
    null,
  ],
  // short city name (杭州 → 杭州市), amount with thousands separators stored as text
  [
    2,
    "杭州西溪智能电气股份有限公司",
    "西溪电气构建数字化质量追溯体系的经验",
    "杭州",
    "电气机械和器材制造业",
    "12,300",
    9800,
    1560,
    1120,
    "王磊",
    "总经理助理",
    "0571-86012345",
    null,
  ],
  // county-level city instead of its prefecture (余姚市 → 宁波市); profit above profit-and-tax
  [
    3,
    "余姚舜宇光学仪器有限公司",
    "舜宇光学实施六西格玛管理的经验",
    "余姚市",
    "仪器仪表制造业",
    23400,
    18750,
    1200,
    1580,
    "赵敏",
    "质量总监",
    "13957412345",
    null,
  ],
  // a loss-making year, so not eligible; phone number with a digit missing
  [
    4,
    "绍兴越州纺织印染有限公司",
    "越州纺织推行绿色印染工艺的经验",
    "绍兴市",
    "纺织业",
    8900,
    7600,
    260,
    -150,
    "孙立",
    "技术科长",
    "1385751234",
    null,
  ],
  // an earlier provincial benchmark without its year; 序号 out of order
  [
    6,
    "嘉兴禾城新材料股份有限公司",
    "禾城新材料开展质量对标提升的经验",
    "嘉兴市",
    "化学原料和化学制品制造业",
    31200,
    27600,
    3980,
    2870,
    "周婷",
    "副总经理",
    "0573-82234567",
    "全省质量标杆",
  ],
];

/** The header block as filled: unit, filler, phone; the date is written by the sample builder. */
export const SAMPLE_HEADER = {
  unit: "浙江省经济和信息化厅",
  filler: "李明",
  phone: "0571-87051234",
} as const;
