export {
  BatchReportSchema,
  FileReportSchema,
  ReportIssueSchema,
  ReportQuotaSchema,
  ReportSummarySchema,
  JsonCellSchema,
  batchReportJsonSchema,
  type BatchReport,
  type FileReport,
  type FileStatus,
  type JsonCell,
  type ReportIssue,
  type ReportQuota,
  type ReportSummary,
  type SealState,
} from "./schema";
export {
  buildFileReport,
  buildBatchReport,
  unreadableFileReport,
  exitStatus,
  toReportIssue,
  toJsonCell,
  formUnit,
  type FileIssue,
  type FileReportInput,
  type LeftOut,
} from "./build";
export { findRecommendedTwice, type BatchFile } from "./crossFile";
export { consolidatedList, type ConsolidatedList } from "./consolidated";
