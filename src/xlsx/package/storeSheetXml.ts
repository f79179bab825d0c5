import { cellAddress } from "../../core/grid/address";
import { xstring } from "./xml";

/** Excel holds at most this many characters in a cell; the store's chunks stay below it. */
const CELL_LIMIT = 32767;

/**
 * The store sheet's part: every cell an inline string (`t="inlineStr"`), never a formula, its text
 * escaped for XML and OOXML (a control character survives as `_xHHHH_`). The part is written whole
 * on every seal, so that no stale chunk of an older record survives. `mainNamespace` is the
 * workbook's own (transitional or Strict Open XML).
 */
export function storeSheetXml(rows: readonly (readonly string[])[], mainNamespace: string): string {
  const body = rows
    .map((row, r) => {
      const cells = row.map((text, c) => {
        if (text.length > CELL_LIMIT) throw new Error(`store cell ${cellAddress(r + 1, c + 1)} exceeds ${CELL_LIMIT} characters`);
        return `<c r="${cellAddress(r + 1, c + 1)}" t="inlineStr"><is><t xml:space="preserve">${xstring(text)}</t></is></c>`;
      });
      return `<row r="${r + 1}">${cells.join("")}</row>`;
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${xstring(mainNamespace)}"><sheetData>${body}</sheetData></worksheet>`;
}
