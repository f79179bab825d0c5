import type { Issue } from "../../../src/core/issues/issue";
import { toConfirmedWarning } from "../../../src/core/seal/record";
import { isHeaderComplete, sealBlockerMessage, sealReadiness, warningKey } from "../../../src/core/seal/readiness";
import { goodRows, makeForm } from "../../helpers/form";

/** An issue without its severity and sheet (one per code, so that its params stay typed). */
type Finding = Issue extends infer I ? (I extends Issue ? Omit<I, "severity" | "sheet"> : never) : never;
const warning = (finding: Finding): Issue => ({ ...finding, severity: "warning", sheet: "Sheet1" });
const error = (finding: Finding): Issue => ({ ...finding, severity: "error", sheet: "Sheet1" });

const nameWarning = warning({ code: "enterprise-name-format", cell: "B5", row: 5, value: "某某厂 ", params: { reason: "whitespace" } });
const blankRow = warning({ code: "row-blank", row: 7 });
const titleYear = warning({ code: "title-year-mismatch", params: { found: 2024, expected: 2025 } });

describe("warningKey", () => {
  it("keys a warning by code and cell, else row, else the sheet", () => {
    expect(warningKey(nameWarning)).toBe("enterprise-name-format@B5");
    expect(warningKey(blankRow)).toBe("row-blank@row 7");
    expect(warningKey(titleYear)).toBe("title-year-mismatch@sheet");
  });
});

describe("sealReadiness", () => {
  it("is ready with no issues, quotas met and the header complete", () => {
    expect(sealReadiness({ issues: [], quotaUsage: [{ label: "总名额", used: 5, limit: 5 }], confirmed: [] })).toEqual({
      ready: true,
      blockers: [],
      warningsToConfirm: [],
    });
  });

  it("lists every blocker at once: errors, an exceeded quota, an incomplete header, unconfirmed warnings", () => {
    const r = sealReadiness({
      issues: [error({ code: "value-missing", cell: "C5" }), error({ code: "phone-invalid", cell: "L6" }), nameWarning, blankRow],
      quotaUsage: [
        { label: "总名额", used: 6, limit: 5 },
        { label: "杭州市", used: 1, limit: 2 },
      ],
      headerComplete: false,
      confirmed: [warningKey(blankRow)],
    });
    expect(r.ready).toBe(false);
    expect(r.blockers).toEqual([
      { kind: "errors", count: 2 },
      { kind: "quota", label: "总名额", used: 6, limit: 5 },
      { kind: "header-incomplete" },
      { kind: "warnings-unconfirmed", count: 1 },
    ]);
    expect(r.warningsToConfirm).toEqual([nameWarning, blankRow]);
    expect(r.blockers.map((b) => sealBlockerMessage(b, "zh"))).toEqual([
      "还有 2 个错误须先修改",
      "超出名额：总名额限 5 家，已填 6 家",
      "推荐单位、填报人、联系电话、时间须填写完整",
      "还有 1 个提示未确认",
    ]);
  });

  it("becomes ready once every warning is confirmed; not sealed yet is not a warning to confirm", () => {
    const issues = [nameWarning, blankRow, warning({ code: "seal-missing" })];
    const r = sealReadiness({ issues, quotaUsage: [], confirmed: new Set([warningKey(nameWarning), warningKey(blankRow)]) });
    expect(r.ready).toBe(true);
    expect(r.warningsToConfirm).toEqual([nameWarning, blankRow]);
  });
});

describe("isHeaderComplete", () => {
  it("needs all four header fields filled", () => {
    const form = makeForm(goodRows({}));
    expect(isHeaderComplete(form)).toBe(true);
    expect(isHeaderComplete({ ...form, header: { ...form.header, filler: { value: "  ", cell: "D3" } } })).toBe(false);
    const { date: _date, ...withoutDate } = form.header;
    expect(isHeaderComplete({ ...form, header: withoutDate })).toBe(false);
  });
});

describe("toConfirmedWarning", () => {
  it("records the code, where it was and the value as the sheet showed it", () => {
    expect(toConfirmedWarning(nameWarning)).toEqual({ code: "enterprise-name-format", cell: "B5", row: 5, value: "某某厂" });
    expect(toConfirmedWarning(blankRow)).toEqual({ code: "row-blank", row: 7 });
  });
});
