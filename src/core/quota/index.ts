export { evaluateQuota, type QuotaEvaluation, type QuotaUsage } from "./evaluate";
export { quotaLabel, type QuotaKind } from "./label";
export { quotaTableFromGrid } from "./quotaGrid";
export { QuotaSetSchema, type QuotaSet } from "./quotaSet";
export { parseQuotaTableJson, quotaForUnit, type QuotaTable, type QuotaTableResult, type UnitQuota } from "./quotaTable";
