import { isHeaderComplete, sealReadiness, type SealReadiness } from "../seal";
import type { WorkbookAnalysis } from "./analyseWorkbook";

/**
 * The seal's preconditions for an analysed workbook and the warnings the clerk confirmed; undefined
 * without a form. The seal's own findings (`seal-missing`, `seal-broken`) are what sealing answers,
 * so they do not stand in its way.
 */
export function sealReadinessOf(analysis: WorkbookAnalysis, confirmed: Iterable<string>): SealReadiness | undefined {
  if (analysis.form === undefined) return undefined;
  const sealIssues = new Set(analysis.seal.issues);
  return sealReadiness({
    issues: analysis.issues.filter((i) => !sealIssues.has(i)),
    quotaUsage: analysis.quota?.usage ?? [],
    headerComplete: isHeaderComplete(analysis.form),
    confirmed,
  });
}
