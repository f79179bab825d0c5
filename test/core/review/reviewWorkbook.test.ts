import type { Issue } from "../../../src/core/issues/issue";
import { buildBatchReport, buildFileReport, findRecommendedTwice, unreadableFileReport, type BatchFile } from "../../../src/core/report";
import { reviewWorkbook } from "../../../src/core/review";
import { goodRows, makeForm, ZHEJIANG } from "../../helpers/form";

const zhejiang: BatchFile = {
  path: "in/浙江.xlsx",
  unit: "浙江省经济和信息化厅",
  form: makeForm(goodRows({ enterprise: "杭州海康威视数字技术股份有限公司" }, { enterprise: "浙江吉利控股集团有限公司", phone: "12345" })),
};
const jiangsu: BatchFile = {
  path: "in/江苏.xlsx",
  unit: "江苏省工业和信息化厅",
  form: makeForm(goodRows({ enterprise: "徐工集团工程机械股份有限公司" }, { enterprise: "浙江吉利控股集团 有限公司" }), {
    header: { unit: { value: "江苏省工业和信息化厅", cell: "B3" } },
  }),
};
const badPhone: Issue = {
  code: "phone-invalid",
  severity: "error",
  sheet: "Sheet1",
  cell: "L6",
  row: 6,
  column: "联系方式",
  value: "12345",
};
const sealMissing: Issue = { code: "seal-missing", severity: "warning", sheet: "Sheet1" };

function batch(lang: "zh" | "en") {
  const files = [
    buildFileReport(
      {
        path: zhejiang.path,
        format: "xlsx",
        form: zhejiang.form,
        issues: [sealMissing, badPhone],
        region: ZHEJIANG,
        year: 2021,
        seal: "valid",
        sealRecord: { sealedBy: "李明", sealedAt: "2021-06-10T01:30:00.000Z", sealCode: "ABCD-EFGH-JKMN-PQRS-T" },
        quota: [
          { kind: "total", label: "总名额", labelEn: "Total", limit: 5, used: 2 },
          { kind: "city", key: "杭州市", label: "杭州市", labelEn: "Hangzhou", limit: 1, used: 2 },
        ],
      },
      lang,
    ),
    buildFileReport(
      {
        path: jiangsu.path,
        format: "csv",
        form: jiangsu.form,
        issues: [],
        year: 2021,
        leftOut: [{ sheet: "Sheet1", count: 3, first: "XFD6" }],
      },
      lang,
    ),
    unreadableFileReport("in/坏.xlsx", "文件已损坏", lang),
  ];
  return reviewWorkbook(buildBatchReport(files, findRecommendedTwice([zhejiang, jiangsu]), lang, "0.1.0"), [zhejiang, jiangsu], lang);
}

describe("the review workbook (单位汇总, 问题清单, 企业汇总)", () => {
  const zh = batch("zh");
  const [units, issues, enterprises] = zh.sheets;

  it("has the three sheets in order, headed in Chinese", () => {
    expect(zh.sheets.map((s) => s.name)).toEqual(["单位汇总", "问题清单", "企业汇总"]);
    expect(units.columns.map((c) => c.title)).toEqual([
      "推荐单位",
      "文件",
      "读取格式",
      "工作表",
      "企业数",
      "已用名额",
      "名额上限",
      "分项名额（已用/上限）",
      "封存状态",
      "封存人",
      "封存时间",
      "封存码",
      "错误",
      "提示",
      "状态",
      "说明",
    ]);
  });

  it("单位汇总: one row per file with quota, seal who/when/code, counts that include cross-file errors, and status", () => {
    expect(units.rows).toEqual([
      [
        "浙江省经济和信息化厅",
        "in/浙江.xlsx",
        "xlsx",
        "Sheet1",
        2,
        2,
        5,
        "杭州市 2/1",
        "有效",
        "李明",
        "2021-06-10 09:30（北京时间）",
        "ABCD-EFGH-JKMN-PQRS-T",
        2,
        1,
        "有错误",
        null,
      ],
      [
        "江苏省工业和信息化厅",
        "in/江苏.xlsx",
        "csv",
        "Sheet1",
        2,
        null,
        null,
        null,
        "未封存",
        null,
        null,
        null,
        1,
        0,
        "有错误",
        "工作表“Sheet1”远在表格右侧的 3 个单元格未读入（从 XFD6 起）",
      ],
      [null, "in/坏.xlsx", null, null, null, null, null, null, null, null, null, null, 1, 0, "无法读取", "无法读取：文件已损坏"],
    ]);
    expect(units.marked).toEqual([0, 1, 2]);
  });

  it("问题清单: every issue with unit, file, cell, row, column, code, severity, message and fix; errors marked", () => {
    expect(issues.rows.map((r) => [r[0], r[1], r[3], r[4], r[5], r[6], r[7]])).toEqual([
      ["浙江省经济和信息化厅", "in/浙江.xlsx", null, null, null, "seal-missing", "提示"],
      ["浙江省经济和信息化厅", "in/浙江.xlsx", "L6", 6, "联系方式", "phone-invalid", "错误"],
      ["浙江省经济和信息化厅", "in/浙江.xlsx", "B6", 6, "申报企业名称", "enterprise-recommended-twice", "错误"],
      ["江苏省工业和信息化厅", "in/江苏.xlsx", "B6", 6, "申报企业名称", "enterprise-recommended-twice", "错误"],
      [null, "in/坏.xlsx", null, null, null, "unreadable", "错误"],
    ]);
    expect(issues.rows[1]![8]).toContain("12345");
    expect(issues.marked).toEqual([1, 2, 3, 4]);
  });

  it("企业汇总: every enterprise with unit and source row; the cross-unit duplicate is marked and names the units", () => {
    expect(enterprises.rows.map((r) => [r[0], r[1], r[2], r.at(-4), r.at(-2), r.at(-1)])).toEqual([
      [1, "浙江省经济和信息化厅", "杭州海康威视数字技术股份有限公司", "in/浙江.xlsx", 5, null],
      [
        2,
        "浙江省经济和信息化厅",
        "浙江吉利控股集团有限公司",
        "in/浙江.xlsx",
        6,
        "也由以下单位推荐：浙江省经济和信息化厅、江苏省工业和信息化厅",
      ],
      [3, "江苏省工业和信息化厅", "徐工集团工程机械股份有限公司", "in/江苏.xlsx", 5, null],
      [
        4,
        "江苏省工业和信息化厅",
        "浙江吉利控股集团 有限公司",
        "in/江苏.xlsx",
        6,
        "也由以下单位推荐：浙江省经济和信息化厅、江苏省工业和信息化厅",
      ],
    ]);
    expect(enterprises.marked).toEqual([1, 3]);
    expect(enterprises.columns.at(-1)!.title).toBe("跨单位重复");
  });

  it("speaks English when asked", () => {
    const en = batch("en");
    expect(en.sheets.map((s) => s.name)).toEqual(["Units", "Issues", "Enterprises"]);
    expect(en.sheets[0].rows[0]!.slice(7, 9)).toEqual(["Hangzhou 2/1", "valid"]);
    expect(en.sheets[0].rows[2]![14]).toBe("unreadable");
    expect(en.sheets[1].columns.map((c) => c.title)).toEqual([
      "Recommending unit",
      "File",
      "Sheet",
      "Cell",
      "Row",
      "Column",
      "Code",
      "Severity",
      "Message",
      "Suggested fix",
      "Confirmed",
    ]);
    expect(en.sheets[2].columns.at(-1)!.title).toBe("Recommended twice");
  });
});
