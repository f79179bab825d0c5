export {
  STORE_FORMAT_KEY,
  STORE_FORMAT_VERSION,
  StoreSettingsSchema,
  type StoreSettings,
  type FooterBeforeSeal,
  type ProtectionBeforeSeal,
  type StoreKey,
  type WorkbookStore,
} from "./store";
export { encodeStore, decodeStore, chunkText, CHUNK_SIZE, type DecodedStore } from "./codec";
