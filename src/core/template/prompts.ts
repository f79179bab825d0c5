import type { ColumnKey } from "../form/columns";
import type { LayoutPrompt } from "./layout";

/**
 * What each column wants, as the input prompt Excel shows when the clerk enters a cell. Excel
 * caps a prompt's title at 32 characters and its text at 255, so these stay short.
 */
export function columnPrompt(key: ColumnKey, moneyUnit: string): LayoutPrompt {
  switch (key) {
    case "seq":
      return { title: "序号", text: "按 1、2、3……顺序填写。", error: "请填写序号。" };
    case "enterprise":
      return {
        title: "申报企业名称",
        text: "填写企业在市场监管部门登记的全称，如“浙江某某科技股份有限公司”，不要简称。",
        error: "请填写企业登记全称。",
      };
    case "experience":
      return {
        title: "经验名称",
        text: "按“（企业）+（典型方法技术）+（经验）”命名，40 字以内，如“某某公司基于数字化的全面质量管理经验”。",
        error: "经验名称不能超过 40 字。",
      };
    case "city":
      return {
        title: "所在市",
        text: "从下拉列表中选择企业所在的地级市（州、盟）全称。",
        error: "请从下拉列表中选择地级市全称。",
      };
    case "industry":
      return {
        title: "所属行业",
        text: "从下拉列表中选择国民经济行业分类（GB/T 4754-2017）大类名称。",
        error: "请从下拉列表中选择行业大类。",
      };
    case "assets":
      return moneyPrompt("资产总额", "上年末资产总额", moneyUnit);
    case "revenue":
      return moneyPrompt("营业收入", "上年度营业收入", moneyUnit);
    case "taxProfit":
      return moneyPrompt("利税总额", "上年度利税总额（利润总额 + 税金）", moneyUnit);
    case "profit":
      return moneyPrompt("利润总额", "上年度利润总额，须大于 0", moneyUnit);
    case "contact":
      return { title: "申报联系人", text: "填写联系人姓名。", error: "请填写联系人姓名。" };
    case "title":
      return { title: "职务", text: "填写联系人职务，如“质量部部长”。", error: "请填写职务。" };
    case "phone":
      return {
        title: "联系方式",
        text: "手机号（11 位）或固定电话（区号-号码），如 13912345678 或 0571-87654321。",
        error: "请填写手机号或固定电话。",
      };
    case "remark":
      return {
        title: "备注",
        text: "推荐申报全国质量标杆的往年全省质量标杆，请注明公布年度，如“2019年省质量标杆”。",
        error: "请注明公布年度。",
      };
  }
}

function moneyPrompt(title: string, what: string, moneyUnit: string): LayoutPrompt {
  return {
    title,
    text: `填写${what}，单位：${moneyUnit}，保留两位小数，只填数字。`,
    error: `请填写不小于 0 的数字，单位：${moneyUnit}。`,
  };
}
