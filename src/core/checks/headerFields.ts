import type { HeaderFieldKey } from "../form/formSpec";
import { isBlank, type CellValue } from "../grid/cell";
import type { FillerPhoneReason, IssueCode } from "../issues/registry";
import { parsePhones } from "../text/phone";
import type { Check, CheckContext } from "./check";

/** Where an issue about a header field points: its cell when the reader found the field. */
function at(ctx: CheckContext, key: HeaderFieldKey): { cell?: string; value: CellValue } {
  const field = ctx.form.header[key];
  return field ? { cell: field.cell, value: field.value } : { value: null };
}

function requireFilled(ctx: CheckContext, key: HeaderFieldKey, code: IssueCode): void {
  const field = ctx.form.header[key];
  if (field === undefined || isBlank(field.value)) ctx.sheet(code, at(ctx, key));
}

/** The header block names who recommends, who filled the form in and how to reach them. */
export const headerFieldsCheck: Check = {
  type: "header-fields",
  codes: ["unit-missing", "filler-missing", "filler-phone-invalid"],
  start(ctx) {
    requireFilled(ctx, "unit", "unit-missing");
    requireFilled(ctx, "filler", "filler-missing");
    const phone = ctx.form.header.fillerPhone;
    let reason: FillerPhoneReason | undefined;
    if (phone === undefined || isBlank(phone.value)) reason = "missing";
    else if (!parsePhones(phone.value).valid) reason = "not-a-phone";
    if (reason !== undefined) ctx.sheet("filler-phone-invalid", { ...at(ctx, "fillerPhone"), params: { reason } });
    return {};
  },
};
