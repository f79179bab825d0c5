import { nameKey } from "../text/normalize";

/** What a clerk may append to the unit's name on the form: （盖章）, （公章）, a colon. */
const SEAL_SUFFIX = /(?:\((?:盖章|公章|章)\)|盖章|公章)?[:：]*$/;

/** Long forms of department names and the short forms clerks and offices use for them. */
const SHORT_FORMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/经济和信息化/g, "经信"],
  [/经济与信息化/g, "经信"],
  [/工业和信息化/g, "工信"],
  [/工业与信息化/g, "工信"],
  [/发展和改革/g, "发改"],
  [/科学技术/g, "科技"],
  [/市场监督管理/g, "市场监管"],
  [/委员会$/g, "委"],
];

/** A province-level name's designator, dropped so that 浙江省经信厅 and 浙江经信厅 meet. */
const REGION_DESIGNATOR = /^(.{2,3}?)(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)/;

/** The unit's name as written, minus seal marks: 浙江省经济和信息化厅（盖章） → 浙江省经济和信息化厅. */
export function unitKey(text: string): string {
  return nameKey(text).replace(SEAL_SUFFIX, "");
}

/**
 * A looser key that folds short forms and the province designator, and a leading 中国 of a
 * national association: 浙江省经济和信息化厅 and 浙江经信厅 share it.
 */
export function unitShortKey(text: string): string {
  let key = unitKey(text);
  for (const [long, short] of SHORT_FORMS) key = key.replace(long, short);
  key = key.replace(/^中国/, "");
  return key.replace(REGION_DESIGNATOR, "$1");
}
