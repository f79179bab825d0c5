import { COLUMN_COUNT } from "../form/columns";
import type { FormSheet } from "../form/formSheet";
import { HEADER_FIELDS } from "../form/formSpec";
import { cellAddress } from "../grid/address";
import type { CellValue } from "../grid/cell";

/** First line of the canonical text; a record of another version cannot be compared with this one. */
export const SEAL_VERSION_V1 = "qbench-seal-v1";

/** Excel keeps 15 significant digits; more would seal binary noise such as 0.1 + 0.2 = 0.30000000000000004. */
const SIGNIFICANT_DIGITS = 15;

/**
 * A number as a plain decimal: rounded to 15 significant digits, no exponent, no trailing zeros,
 * no "+" sign, -0 written 0. Non-finite numbers (which no workbook stores) read as Excel's #NUM!.
 */
export function canonicalNumber(value: number): string {
  if (!Number.isFinite(value)) return "#NUM!";
  if (value === 0) return "0";
  const [mantissa, exponentText] = Math.abs(value).toPrecision(SIGNIFICANT_DIGITS).split("e") as [string, string?];
  const [intPart, fracPart = ""] = mantissa.split(".") as [string, string?];
  const digits = intPart + fracPart;
  const point = intPart.length + (exponentText === undefined ? 0 : Number(exponentText));
  let whole: string;
  let fraction: string;
  if (point <= 0) {
    whole = "0";
    fraction = "0".repeat(-point) + digits;
  } else if (point >= digits.length) {
    whole = digits + "0".repeat(point - digits.length);
    fraction = "";
  } else {
    whole = digits.slice(0, point);
    fraction = digits.slice(point);
  }
  whole = whole.replace(/^0+(?=\d)/, "");
  fraction = fraction.replace(/0+$/, "");
  const text = fraction === "" ? whole : `${whole}.${fraction}`;
  return value < 0 ? `-${text}` : text;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/**
 * A date as ISO 8601 in UTC (readers hand over Excel's serial dates as UTC instants): rounded to
 * the second, `YYYY-MM-DD` at midnight, `YYYY-MM-DDTHH:MM:SSZ` otherwise. An invalid Date reads
 * as Excel's #VALUE!.
 */
export function canonicalDate(value: Date): string {
  const ms = value.getTime();
  if (Number.isNaN(ms)) return "#VALUE!";
  const d = new Date(Math.round(ms / 1000) * 1000);
  const y = d.getUTCFullYear();
  const year = y >= 0 && y <= 9999 ? pad(y, 4) : (y < 0 ? "-" : "+") + pad(Math.abs(y), 6);
  const date = `${year}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  return h === 0 && m === 0 && s === 0 ? date : `${date}T${pad(h)}:${pad(m)}:${pad(s)}Z`;
}

/**
 * A cell as the seal sees it: the text the sheet shows, without types, so that the same cell
 * read by exceljs (command line) and by Office.js (add-in) seals alike. Strings are NFC with line
 * breaks as \n and trimmed; full-width characters stay as typed (changing them is a change).
 */
export function canonicalValue(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.normalize("NFC").replace(/\r\n?/g, "\n").trim();
  if (typeof value === "number") return canonicalNumber(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return canonicalDate(value);
  return String(value.error).normalize("NFC").trim();
}

/** Where each sealed value lives. Header fields absent from the sheet and missing columns have no cell. */
export interface SealedCell {
  readonly cell: string | null;
  readonly value: string;
}

function headerCells(form: FormSheet): Array<{ key: string; sealed: SealedCell }> {
  return HEADER_FIELDS.map(({ key }) => {
    const h = form.header[key];
    return { key, sealed: h === undefined ? { cell: null, value: "" } : { cell: h.cell, value: canonicalValue(h.value) } };
  });
}

function rowCells(form: FormSheet): Array<{ rowNumber: number; cells: SealedCell[] }> {
  return form.rows.map((row) => {
    const cells: SealedCell[] = [];
    for (let i = 0; i < COLUMN_COUNT; i++) {
      const col = form.columnPositions[i];
      cells.push({
        cell: col === undefined ? null : cellAddress(row.rowNumber, col),
        value: canonicalValue(row.values[i] ?? null),
      });
    }
    return { rowNumber: row.rowNumber, cells };
  });
}

/**
 * The text the seal digests (see docs/seal.md): the version line, one JSON line per header field,
 * one JSON line per data row, each line ending in "\n".
 */
export function canonicalForm(form: FormSheet): string {
  const lines = [SEAL_VERSION_V1];
  for (const { key, sealed } of headerCells(form)) lines.push(JSON.stringify(["header", key, sealed.cell, sealed.value]));
  for (const { rowNumber, cells } of rowCells(form)) {
    lines.push(JSON.stringify(["row", rowNumber, ...cells.map((c) => [c.cell, c.value])]));
  }
  return lines.join("\n") + "\n";
}

/** The sealed values by cell address (header block cells, then data cells), for naming changed cells. */
export function sealSnapshot(form: FormSheet): Record<string, string> {
  const snapshot: Record<string, string> = {};
  for (const { sealed } of headerCells(form)) if (sealed.cell !== null) snapshot[sealed.cell] = sealed.value;
  for (const { cells } of rowCells(form)) for (const c of cells) if (c.cell !== null) snapshot[c.cell] = c.value;
  return snapshot;
}
