import type ExcelJS from "exceljs";
import { sealedFooter, type SealRecord } from "../core/seal";

/**
 * The seal code on every printed page: the footer of odd pages, and of even and first pages when
 * the sheet gives them their own. The clerk's centre section stays (docs/seal.md).
 */
export function writeSealFooter(ws: ExcelJS.Worksheet, record: SealRecord): void {
  // exceljs leaves `headerFooter` null on a sheet read without one, whatever its typings say.
  const hf: Partial<ExcelJS.HeaderFooter> = ws.headerFooter ?? {};
  ws.headerFooter = {
    ...hf,
    oddFooter: sealedFooter(record, hf.oddFooter ?? ""),
    ...(hf.differentOddEven === true ? { evenFooter: sealedFooter(record, hf.evenFooter ?? "") } : {}),
    ...(hf.differentFirst === true ? { firstFooter: sealedFooter(record, hf.firstFooter ?? "") } : {}),
  };
}
