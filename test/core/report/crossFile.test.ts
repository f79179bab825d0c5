import { consolidatedList, findRecommendedTwice } from "../../../src/core/report";
import { renderMessage } from "../../../src/core/issues/render";
import { goodRows, makeForm } from "../../helpers/form";
import { param } from "../../helpers/issues";
import { FORM_HEADINGS } from "../../helpers/formRows";

const zhejiang = {
  path: "浙江.xlsx",
  unit: "浙江省经济和信息化厅",
  form: makeForm(goodRows({ enterprise: "杭州海康威视数字技术股份有限公司" }, { enterprise: "浙江吉利控股集团有限公司" })),
};
const jiangsu = {
  path: "江苏.xlsx",
  unit: "江苏省工业和信息化厅",
  form: makeForm(goodRows({ enterprise: "徐工集团工程机械股份有限公司" }, { enterprise: "浙江吉利控股集团 有限公司" })),
};

describe("findRecommendedTwice", () => {
  it("flags one enterprise on two units' forms, at each cell, naming both units", () => {
    const issues = findRecommendedTwice([zhejiang, jiangsu]);
    expect(issues.map((i) => [i.path, i.cell, i.value])).toEqual([
      ["浙江.xlsx", "B6", "浙江吉利控股集团有限公司"],
      ["江苏.xlsx", "B6", "浙江吉利控股集团 有限公司"],
    ]);
    expect(issues[0]).toMatchObject({ code: "enterprise-recommended-twice", severity: "error", column: "申报企业名称", row: 6 });
    expect(renderMessage(issues[0]!, "zh")).toBe("企业“浙江吉利控股集团有限公司”同时由 浙江省经济和信息化厅、江苏省工业和信息化厅 推荐");
  });

  it("compares names across full-width and half-width brackets", () => {
    const a = { path: "a.xlsx", unit: "甲协会", form: makeForm(goodRows({ enterprise: "新疆天业（集团）有限公司" })) };
    const b = { path: "b.xlsx", unit: "乙协会", form: makeForm(goodRows({ enterprise: "新疆天业(集团)有限公司" })) };
    expect(findRecommendedTwice([a, b])).toHaveLength(2);
  });

  it("does not flag the same unit's two files, even under a short form of its name", () => {
    const resent = { ...zhejiang, path: "浙江-修改.xlsx", unit: "浙江省经信厅（盖章）" };
    expect(findRecommendedTwice([zhejiang, resent])).toEqual([]);
  });

  it("treats files with a blank unit as different units, named by their path", () => {
    const a = { ...zhejiang, unit: "" };
    const b = { ...zhejiang, path: "other.xlsx", unit: " " };
    const issues = findRecommendedTwice([a, b]);
    expect(issues).toHaveLength(4);
    expect(param(issues[0], "units")).toBe("浙江.xlsx、other.xlsx");
  });
});

describe("consolidatedList", () => {
  it("lists every enterprise of every file with its unit and where it came from", () => {
    const list = consolidatedList([zhejiang, jiangsu]);
    expect(list.columns).toEqual(["序号", "推荐单位", ...FORM_HEADINGS.slice(1), "来源文件", "工作表", "行号"]);
    expect(list.rows.map((r) => [r[0], r[1], r[2], r[14], r[16]])).toEqual([
      [1, "浙江省经济和信息化厅", "杭州海康威视数字技术股份有限公司", "浙江.xlsx", 5],
      [2, "浙江省经济和信息化厅", "浙江吉利控股集团有限公司", "浙江.xlsx", 6],
      [3, "江苏省工业和信息化厅", "徐工集团工程机械股份有限公司", "江苏.xlsx", 5],
      [4, "江苏省工业和信息化厅", "浙江吉利控股集团 有限公司", "江苏.xlsx", 6],
    ]);
    expect(list.rows[0]![6]).toBe(12000.5);
  });

  it("names the columns in English on request", () => {
    expect(consolidatedList([], "en").columns.slice(0, 3)).toEqual(["No.", "Recommending unit", "Enterprise"]);
  });
});
