import { MONEY_KEYS, REQUIRED_KEYS } from "../../src/core/form/columns";
import { listDivisions, prefecturesOf } from "../../src/core/reference";
import type { Region } from "../../src/core/reference/region";

/** Mobile (1[3-9] + 9 digits) or landline (area code + 7–8 digits, optional extension). */
const PHONE_PATTERN = "^(?:1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(?:-\\d{1,6})?)$";

/**
 * The per-cell subset of the rules as JSON Schema — what a schema validator can say without
 * cross-row state, normalisation or fixes: required cells, types, 经验名称 ≤ 40, the region's city
 * names, the division names, the phone shape and money ≥ 0. It is the baseline the core is held to.
 */
export function rowArraySchema(region: Region): object {
  const money = Object.fromEntries(MONEY_KEYS.map((k) => [k, { type: "number", minimum: 0 }]));
  return {
    type: "array",
    items: {
      type: "object",
      required: [...REQUIRED_KEYS],
      properties: {
        seq: { type: "integer", minimum: 1 },
        enterprise: { type: "string", minLength: 1 },
        experience: { type: "string", minLength: 1, maxLength: 40 },
        city: { enum: prefecturesOf(region) },
        industry: { enum: listDivisions().map((d) => d.name) },
        ...money,
        contact: { type: "string", minLength: 1 },
        title: { type: "string", minLength: 1 },
        phone: { type: "string", pattern: PHONE_PATTERN },
        remark: { type: ["string", "null"] },
      },
    },
  };
}
