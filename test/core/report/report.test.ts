import Ajv2020 from "ajv/dist/2020";
import type { Issue } from "../../../src/core/issues/issue";
import {
  BatchReportSchema,
  batchReportJsonSchema,
  buildBatchReport,
  buildFileReport,
  exitStatus,
  unreadableFileReport,
} from "../../../src/core/report";
import { goodRows, makeForm, ZHEJIANG } from "../../helpers/form";

const missingCity: Issue = {
  code: "value-missing",
  severity: "error",
  sheet: "Sheet1",
  cell: "D6",
  row: 6,
  column: "所在市",
  value: null,
};
const lateDate: Issue = {
  code: "date-out-of-range",
  severity: "warning",
  sheet: "Sheet1",
  cell: "H3",
  value: new Date(Date.UTC(2022, 0, 3)),
  params: { reason: "other-year", date: "2022-01-03", year: 2025 },
};
const renumber: Issue = { code: "seq-invalid", severity: "warning", sheet: "Sheet1", cell: "A6", row: 6, column: "序号", value: 3, fix: 2 };

describe("buildFileReport", () => {
  it("reports a clean form as ok, with its sheet, unit, region, year, rows, seal and quota", () => {
    const report = buildFileReport(
      {
        path: "in/浙江.xlsx",
        form: makeForm(goodRows({}, {})),
        issues: [],
        region: ZHEJIANG,
        year: 2021,
        seal: "valid",
        quota: [{ kind: "total", label: "总名额", labelEn: "Total", limit: 5, used: 2 }],
      },
      "zh",
    );
    expect(report).toEqual({
      path: "in/浙江.xlsx",
      status: "ok",
      sheet: "Sheet1",
      unit: "浙江省经济和信息化厅",
      region: "浙江省",
      year: 2021,
      rowCount: 2,
      seal: "valid",
      quota: [{ kind: "total", label: "总名额", labelEn: "Total", limit: 5, used: 2 }],
      issues: [],
    });
  });

  it("is invalid with an error; warnings alone leave it ok; messages follow the language", () => {
    const form = makeForm(goodRows({}, { city: null }));
    const invalid = buildFileReport({ path: "a.xlsx", form, issues: [missingCity, renumber] }, "zh");
    expect(invalid.status).toBe("invalid");
    expect(invalid.seal).toBe("none");
    expect(invalid.issues.map((i) => i.message)).toEqual(["“所在市”未填写", "序号“3”应为 2"]);
    const en = buildFileReport({ path: "a.xlsx", form, issues: [renumber] }, "en");
    expect(en.status).toBe("ok");
    expect(en.issues[0]).toEqual({ ...renumber, message: "No. “3” should be 2" });
  });

  it("writes dates as ISO text so that the report is plain JSON", () => {
    const report = buildFileReport({ path: "a.xlsx", form: makeForm([]), issues: [lateDate] }, "zh");
    expect(report.issues[0]!.value).toBe("2022-01-03");
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it("reports an unreadable file with its reason and no form", () => {
    const report = unreadableFileReport("old.xls", "旧版 .xls 格式，请另存为 .xlsx", "zh");
    expect(report).toMatchObject({ path: "old.xls", status: "unreadable", rowCount: 0, seal: "none" });
    expect(report.sheet).toBeUndefined();
    expect(report.issues.map((i) => i.message)).toEqual(["无法读取：旧版 .xls 格式，请另存为 .xlsx"]);
  });
});

describe("buildBatchReport and exitStatus", () => {
  const ok = buildFileReport({ path: "ok.xlsx", form: makeForm(goodRows({}, {}, {})), issues: [renumber] }, "zh");
  const invalid = buildFileReport(
    { path: "bad.xlsx", form: makeForm(goodRows({}, { city: null })), issues: [missingCity, lateDate] },
    "zh",
  );
  const unreadable = unreadableFileReport("x.xlsx", "文件已加密", "zh");

  it("sums files, statuses, issues, rows and codes over files and cross-file issues; a cross-file error makes its file invalid", () => {
    const twice: Issue & { path: string } = {
      code: "enterprise-recommended-twice",
      severity: "error",
      sheet: "Sheet1",
      cell: "B5",
      row: 5,
      value: "某某有限公司",
      params: { units: "甲、乙", files: "ok.xlsx, bad.xlsx" },
      path: "ok.xlsx",
    };
    const report = buildBatchReport([ok, invalid, unreadable], [twice], "zh", "0.1.0");
    expect(report.tool).toEqual({ name: "qbench", version: "0.1.0" });
    expect(report.crossFile).toEqual([{ ...twice, message: "企业“某某有限公司”同时由 甲、乙 推荐" }]);
    expect(report.files.map((f) => [f.path, f.status])).toEqual([
      ["ok.xlsx", "invalid"],
      [invalid.path, "invalid"],
      [unreadable.path, "unreadable"],
    ]);
    expect(report.summary).toEqual({
      files: 3,
      ok: 0,
      invalid: 2,
      unreadable: 1,
      errors: 3,
      warnings: 2,
      rows: 5,
      byCode: { "seq-invalid": 1, "value-missing": 1, "date-out-of-range": 1, unreadable: 1, "enterprise-recommended-twice": 1 },
    });
    expect(BatchReportSchema.parse(JSON.parse(JSON.stringify(report)))).toEqual(report);
  });

  it("exits 0 without errors, 1 with errors in the data, 2 when a file could not be read", () => {
    expect(exitStatus(buildBatchReport([ok], [], "zh", "0.1.0"))).toBe(0);
    expect(exitStatus(buildBatchReport([ok, invalid], [], "zh", "0.1.0"))).toBe(1);
    expect(exitStatus(buildBatchReport([ok, invalid, unreadable], [], "zh", "0.1.0"))).toBe(2);
    expect(exitStatus(buildBatchReport([], [], "zh", "0.1.0"))).toBe(0);
  });

  it("publishes a JSON Schema that accepts a real report and refuses a broken one", () => {
    const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
    const validate = ajv.compile(batchReportJsonSchema());
    const report = JSON.parse(JSON.stringify(buildBatchReport([ok, invalid, unreadable], [], "en", "0.1.0"))) as Record<string, unknown>;
    expect(validate(report)).toBe(true);
    expect(validate({ ...report, files: [{ path: "a", status: "fine" }] })).toBe(false);
  });
});
