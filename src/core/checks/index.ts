import type { Check } from "./check";
import { seqCheck } from "./seq";

/** Every rule that runs over a read form. Adding a rule is one file and one line here. */
export const CHECKS: readonly Check[] = [
  seqCheck,
];
