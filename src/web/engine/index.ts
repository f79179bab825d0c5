// The page's engine: exceljs, the readers and the checks, loaded as one chunk on first use.
export {
  readQuotaTable,
  reviewDroppedFiles,
  reviewWorkbookBlob,
  type BatchReview,
  type DroppedFile,
  type ReviewOptions,
  type ReviewResult,
} from "./review";
export { templateBlob } from "./template";
export {
  openFailure,
  readiness,
  sealCandidate,
  sealedBlob,
  sealedName,
  verifyBytes,
  type OpenFailure,
  type SealCandidate,
  type Verification,
} from "./seal";
