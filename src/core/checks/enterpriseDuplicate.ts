import { nameDuplicateCheck } from "./nameDuplicate";

/** One enterprise, one row. */
export const enterpriseDuplicateCheck = nameDuplicateCheck("enterprise-duplicate", "enterprise");
