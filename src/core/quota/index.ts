export { evaluateQuota, type QuotaEvaluation, type QuotaKind, type QuotaUsage } from "./evaluate";
export { quotaTableFromGrid } from "./quotaGrid";
export { QuotaSetSchema, type QuotaSet } from "./quotaSet";
export { parseQuotaTableJson, quotaForUnit, type QuotaTable, type QuotaTableResult, type UnitQuota } from "./quotaTable";
