import type { CellValue } from "../grid/cell";
import type { QuotaKind } from "../quota/label";

/**
 * The issue registry: one row per issue code with its severity, whether a check may offer a safe
 * correction (`fix`), the type of its params and an example for docs/codes.md. The words of each
 * language are in locales/, which depend on this table and never the reverse (as zod v4 keeps its
 * locales). The codes are a contract: a code may be added, never renamed.
 */

export type Severity = "error" | "warning";

/** The values a param may hold: they go into the JSON report as they are. */
export type ParamValue = string | number;
export type ParamShape = { readonly [name: string]: ParamValue | undefined };
export type NoParams = Record<never, never>;

/** Several reason codes of one issue, joined by "," in the order found (see `reasonList`). */
export type ReasonList<R extends string> = R | `${R},${string}`;

/** The reasons found, as a param; undefined when there are none (and so no issue). */
export function reasonList<R extends string>(reasons: readonly R[]): ReasonList<R> | undefined {
  return reasons.length === 0 ? undefined : (reasons.join(",") as ReasonList<R>);
}

/** The reason codes of a `ReasonList` as written, for the locales. */
export function reasonsOf<R extends string>(list: ReasonList<R>): R[] {
  return list.split(",") as R[];
}

export type FillerPhoneReason = "missing" | "not-a-phone";
export type DateInvalidReason = "missing" | "not-a-date";
export type DateOutOfRangeReason = "future" | "other-year";
export type EnterpriseNameReason = "no-form-suffix" | "edge-symbol" | "stray-symbol" | "whitespace" | "half-width-brackets";
export type ExperiencePatternReason = "no-experience-suffix" | "no-enterprise";
export type AmountNegativeReason = "negative" | "zero-assets";
export type ContactNameReason = "phone" | "digits" | "job-title" | "honorific";
export type PhoneNormalizableReason = "number-cell";

/** A finding as docs/codes.md shows it: the cell's column, its value, the params and the fix. */
export interface CodeExample<P extends ParamShape> {
  readonly column?: string;
  readonly row?: number;
  readonly value?: CellValue;
  readonly params: P;
  readonly fix?: CellValue;
}

export interface CodeSpec<P extends ParamShape> {
  readonly severity: Severity;
  /** A check may attach `fix`, the value a safe correction writes into the cell. */
  readonly fixable: boolean;
  readonly example: CodeExample<P>;
}

/** One row of the table; `P` is the code's params, checked against the example and every finding. */
function code<P extends ParamShape = NoParams>(spec: CodeSpec<P>): CodeSpec<P> {
  return spec;
}

const NONE: NoParams = {};

export const ISSUES = {
  "sheet-not-found": code({ severity: "error", fixable: false, example: { params: NONE } }),
  "header-missing-column": code({ severity: "error", fixable: false, example: { column: "经验名称", params: NONE } }),
  "header-extra-column": code({ severity: "warning", fixable: false, example: { value: "统一社会信用代码", params: NONE } }),
  "header-column-order": code<{ readonly expected: number }>({
    severity: "warning",
    fixable: false,
    example: { column: "所在市", params: { expected: 4 } },
  }),
  "title-year-mismatch": code<{ readonly found: number; readonly expected: number }>({
    severity: "warning",
    fixable: true,
    example: {
      value: "2024年度浙江省质量标杆申报企业统计表",
      params: { found: 2024, expected: 2025 },
      fix: "2025年度浙江省质量标杆申报企业统计表",
    },
  }),
  "unit-missing": code({ severity: "error", fixable: false, example: { value: null, params: NONE } }),
  "filler-missing": code({ severity: "error", fixable: false, example: { value: null, params: NONE } }),
  "filler-phone-invalid": code<{ readonly reason: FillerPhoneReason }>({
    severity: "error",
    fixable: false,
    example: { value: "0571-8888", params: { reason: "not-a-phone" } },
  }),
  "date-invalid": code<{ readonly reason: DateInvalidReason }>({
    severity: "error",
    fixable: false,
    example: { value: "2025年13月1日", params: { reason: "not-a-date" } },
  }),
  "date-out-of-range": code<{ readonly reason: ReasonList<DateOutOfRangeReason>; readonly date: string; readonly year: number }>({
    severity: "warning",
    fixable: false,
    example: { value: "2024-06-30", params: { reason: "other-year", date: "2024-06-30", year: 2025 } },
  }),
  "row-blank": code({ severity: "warning", fixable: false, example: { row: 7, params: NONE } }),
  "seq-invalid": code({ severity: "warning", fixable: true, example: { column: "序号", value: 5, params: NONE, fix: 3 } }),
  "value-missing": code({ severity: "error", fixable: false, example: { column: "所属行业", value: null, params: NONE } }),
  "enterprise-name-format": code<{ readonly reason: ReasonList<EnterpriseNameReason> }>({
    severity: "warning",
    fixable: true,
    example: {
      column: "申报企业名称",
      value: "杭州某某科技有限公司 ",
      params: { reason: "whitespace" },
      fix: "杭州某某科技有限公司",
    },
  }),
  "enterprise-duplicate": code<{ readonly otherRow: number }>({
    severity: "error",
    fixable: false,
    example: { column: "申报企业名称", value: "杭州某某科技有限公司", params: { otherRow: 6 } },
  }),
  "experience-name-too-long": code<{ readonly length: number }>({
    severity: "error",
    fixable: false,
    example: {
      column: "经验名称",
      value: "某某科技以数字化质量管控平台贯通研发制造服务全过程实现产品一次合格率持续提升的质量管理经验",
      params: { length: 45 },
    },
  }),
  "experience-name-pattern": code<{ readonly reason: ReasonList<ExperiencePatternReason> }>({
    severity: "warning",
    fixable: false,
    example: { column: "经验名称", value: "数字化质量管控平台建设", params: { reason: "no-experience-suffix,no-enterprise" } },
  }),
  "experience-duplicate": code<{ readonly otherRow: number }>({
    severity: "error",
    fixable: false,
    example: { column: "经验名称", value: "某某科技数字化质量管控经验", params: { otherRow: 6 } },
  }),
  "city-unknown": code<{ readonly region: string }>({
    severity: "error",
    fixable: false,
    example: { column: "所在市", value: "苏州市", params: { region: "浙江省" } },
  }),
  "city-normalizable": code({
    severity: "warning",
    fixable: true,
    example: { column: "所在市", value: "杭州", params: NONE, fix: "杭州市" },
  }),
  "city-county-level": code<{ readonly city: string }>({
    severity: "warning",
    fixable: true,
    example: { column: "所在市", value: "余姚市", params: { city: "宁波市" }, fix: "宁波市" },
  }),
  "industry-unknown": code({ severity: "error", fixable: false, example: { column: "所属行业", value: "高新技术产业", params: NONE } }),
  "industry-out-of-scope": code<{
    readonly section: string;
    readonly sectionCode: string;
    readonly division: string;
    readonly divisionName: string;
  }>({
    severity: "warning",
    fixable: false,
    example: {
      column: "所属行业",
      value: "软件和信息技术服务业",
      params: { section: "信息传输、软件和信息技术服务业", sectionCode: "I", division: "65", divisionName: "软件和信息技术服务业" },
    },
  }),
  "amount-not-number": code({ severity: "error", fixable: false, example: { column: "营业收入", value: "约三千万", params: NONE } }),
  "amount-text-number": code<{ readonly unit: string; readonly unitWord?: string }>({
    severity: "warning",
    fixable: true,
    example: { column: "营业收入", value: "3,200", params: { unit: "万元" }, fix: 3200 },
  }),
  "amount-negative": code<{ readonly reason: AmountNegativeReason }>({
    severity: "error",
    fixable: false,
    example: { column: "资产总额", value: -1200, params: { reason: "negative" } },
  }),
  "amount-unit-suspect": code<{ readonly unit: string; readonly median?: number; readonly limit?: number }>({
    severity: "warning",
    fixable: false,
    example: { column: "营业收入", value: 32000000, params: { unit: "万元", median: 3500 } },
  }),
  "profit-not-positive": code({ severity: "error", fixable: false, example: { column: "利润总额", value: -50, params: NONE } }),
  "tax-less-than-profit": code<{ readonly profit: number }>({
    severity: "error",
    fixable: false,
    example: { column: "利税总额", value: 300, params: { profit: 450 } },
  }),
  "profit-exceeds-revenue": code<{ readonly revenue: number }>({
    severity: "warning",
    fixable: false,
    example: { column: "利润总额", value: 5200, params: { revenue: 3200 } },
  }),
  "contact-name-invalid": code<{ readonly reason: ReasonList<ContactNameReason> }>({
    severity: "error",
    fixable: false,
    example: { column: "申报联系人", value: "张经理", params: { reason: "honorific" } },
  }),
  "phone-invalid": code({ severity: "error", fixable: false, example: { column: "联系方式", value: "1381234567", params: NONE } }),
  "phone-normalizable": code<{ readonly reason?: PhoneNormalizableReason }>({
    severity: "warning",
    fixable: true,
    example: { column: "联系方式", value: "138 1234 5678", params: {}, fix: "13812345678" },
  }),
  "phone-shared": code<{ readonly otherRow: number }>({
    severity: "warning",
    fixable: false,
    example: { column: "联系方式", value: "0571-88888888", params: { otherRow: 6 } },
  }),
  "remark-year-missing": code({ severity: "error", fixable: false, example: { column: "备注", value: "往年省质量标杆", params: NONE } }),
  "remark-year-invalid": code<{ readonly year: number; readonly formYear: number }>({
    severity: "error",
    fixable: false,
    example: { column: "备注", value: "2025年省质量标杆", params: { year: 2025, formYear: 2025 } },
  }),
  "total-row-mismatch": code<{ readonly expected: number }>({
    severity: "warning",
    fixable: false,
    example: { column: "营业收入", value: 9000, params: { expected: 9600 } },
  }),
  "merged-data-cells": code<{ readonly range: string }>({
    severity: "warning",
    fixable: false,
    example: { params: { range: "D6:D8" } },
  }),
  "quota-exceeded": code<{ readonly kind: QuotaKind; readonly key?: string; readonly limit: number; readonly count: number }>({
    severity: "error",
    fixable: false,
    example: { params: { kind: "total", limit: 3, count: 4 } },
  }),
  "quota-unit-unknown": code({ severity: "warning", fixable: false, example: { value: "某某市经信局", params: NONE } }),
  /** An error where the office requires seals (the analysis decides). */
  "seal-missing": code({ severity: "warning", fixable: false, example: { params: NONE } }),
  "seal-broken": code<{
    /** Cells whose value changed, then sheets added (`+name`) and removed (`-name`). */
    readonly cells: string;
    readonly count: number;
    readonly sealedAt?: string;
    readonly sealedBy?: string;
    /** Cells whose value is as sealed but prints other text. */
    readonly printed?: string;
    readonly rowsHidden?: string;
    readonly rowsShown?: string;
    readonly columnsHidden?: string;
    readonly columnsShown?: string;
    /** `sealed → current`, `—` for none. */
    readonly printArea?: string;
    /** `changed`: nothing above differs, the record itself was edited. */
    readonly record?: "changed";
    /** The record is gone from a sheet still protected as sealed, or cannot be read. */
    readonly lost?: "missing" | "damaged";
  }>({
    severity: "error",
    fixable: false,
    example: { params: { cells: "F6, G6", count: 2, sealedAt: "2025-03-01T09:30:00.000Z", sealedBy: "王芳" } },
  }),
  "enterprise-recommended-twice": code<{ readonly units: string; readonly files: string }>({
    severity: "error",
    fixable: false,
    example: {
      column: "申报企业名称",
      value: "杭州某某科技有限公司",
      params: { units: "杭州市经信局、浙江省机械工业联合会", files: "hangzhou.xlsx, jixie.xlsx" },
    },
  }),
  unreadable: code<{ readonly reason: string }>({
    severity: "error",
    fixable: false,
    example: { params: { reason: "文件已损坏（the file is damaged）" } },
  }),
} as const;

export type IssueCode = keyof typeof ISSUES;
export type ParamsOf<C extends IssueCode> = (typeof ISSUES)[C] extends CodeSpec<infer P> ? P : never;

export const ISSUE_CODES = Object.keys(ISSUES) as [IssueCode, ...IssueCode[]];

export function isIssueCode(code: string): code is IssueCode {
  return Object.hasOwn(ISSUES, code);
}

/** The severity a code has unless the analysis says otherwise (`seal-missing` where seals are required). */
export function defaultSeverity(code: IssueCode): Severity {
  return ISSUES[code].severity;
}
