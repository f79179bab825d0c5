export { SEAL_VERSION_V1, canonicalForm, canonicalValue, canonicalNumber, canonicalDate, sealSnapshot } from "./canonical";
export {
  SEAL_VERSION_V2,
  canonicalFormV2,
  contentSnapshot,
  printedSnapshot,
  sealContentOf,
  sealLayout,
  sortedJson,
  type SealContent,
  type SealLayout,
} from "./canonicalV2";
export { sealDigest, sha256Hex } from "./digest";
export { sealCodeOf, parseSealCode, compareSealCode, SEAL_CODE_BITS, type ParsedSealCode, type SealCodeComparison } from "./code";
export {
  SealRecordSchema,
  QuotaUseSchema,
  ConfirmedWarningSchema,
  createSealRecord,
  toConfirmedWarning,
  type SealRecord,
  type QuotaUse,
  type ConfirmedWarning,
  type SealInput,
} from "./record";
export { isConfirmedWarning } from "./confirmed";
export { checkPaperCode, describePaperCode, type PaperCodeCheck } from "./paperCode";
export { describeSeal, type SealDescription } from "./describe";
export {
  verifySeal,
  checkSeal,
  namedChangeCount,
  type ChangedCell,
  type PrintAreaChange,
  type SealVerification,
  type SealCheck,
} from "./verify";
export {
  sealReadiness,
  sealBlockerMessage,
  warningKey,
  isHeaderComplete,
  type SealBlocker,
  type SealReadiness,
  type SealReadinessInput,
} from "./readiness";
export { sealedFileName } from "./sealedName";
export {
  sealedFooter,
  sealedFooters,
  unsealedFooters,
  sealedSections,
  sealFooterLeft,
  splitFooter,
  joinFooter,
  FOOTER_LIMIT,
  FOOTER_PAGES,
  PAGE_SECTION,
  type FooterPages,
  type FooterSections,
  type SheetFooters,
} from "./footer";
