export { analyseWorkbook, judgeWorkbook, ownYear, type AnalysisOptions, type WorkbookAnalysis } from "./analyseWorkbook";
export { inspectWorkbook, type InspectOptions, type WorkbookInspection } from "./inspectWorkbook";
export { sealReadinessOf } from "./readiness";
export { checkBatch, loadedFromGrids, unreadableReason, type BatchOptions, type LoadedFile, type UnreadableReason } from "./batch";
