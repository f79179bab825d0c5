export { analyseWorkbook, judgeWorkbook, ownYear, type AnalysisOptions, type WorkbookAnalysis } from "./analyseWorkbook";
export { inspectWorkbook, type InspectOptions, type WorkbookInspection } from "./inspectWorkbook";
export { sealReadinessOf } from "./readiness";
