import type { Check } from "./check";
import { amountNotNumberCheck } from "./amountNotNumber";
import { amountTextNumberCheck } from "./amountTextNumber";
import { amountNegativeCheck } from "./amountNegative";
import { amountUnitSuspectCheck } from "./amountUnitSuspect";
import { profitNotPositiveCheck } from "./profitNotPositive";
import { taxLessThanProfitCheck } from "./taxLessThanProfit";
import { profitExceedsRevenueCheck } from "./profitExceedsRevenue";
import { totalRowCheck } from "./totalRow";
import { seqCheck } from "./seq";
import { cityCheck } from "./city";
import { industryCheck } from "./industry";
import { titleYearCheck } from "./titleYear";
import { headerFieldsCheck } from "./headerFields";
import { headerDateCheck } from "./headerDate";
import { rowBlankCheck } from "./rowBlank";
import { valueMissingCheck } from "./valueMissing";
import { enterpriseNameCheck } from "./enterpriseName";
import { enterpriseDuplicateCheck } from "./enterpriseDuplicate";
import { experienceLengthCheck } from "./experienceLength";
import { experiencePatternCheck } from "./experiencePattern";
import { experienceDuplicateCheck } from "./experienceDuplicate";
import { contactNameCheck } from "./contactName";
import { phoneFormatCheck } from "./phoneFormat";
import { phoneSharedCheck } from "./phoneShared";
import { remarkYearCheck } from "./remarkYear";

/** Every rule that runs over a read form. Adding a rule is one file and one line here. */
export const CHECKS: readonly Check[] = [
  seqCheck,
  amountNotNumberCheck,
  amountTextNumberCheck,
  amountNegativeCheck,
  amountUnitSuspectCheck,
  profitNotPositiveCheck,
  taxLessThanProfitCheck,
  profitExceedsRevenueCheck,
  totalRowCheck,
  cityCheck,
  industryCheck,
  titleYearCheck,
  headerFieldsCheck,
  headerDateCheck,
  rowBlankCheck,
  valueMissingCheck,
  enterpriseNameCheck,
  enterpriseDuplicateCheck,
  experienceLengthCheck,
  experiencePatternCheck,
  experienceDuplicateCheck,
  contactNameCheck,
  phoneFormatCheck,
  phoneSharedCheck,
  remarkYearCheck,
];
