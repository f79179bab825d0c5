import type { FileKind, LegacyKind } from "../core/workbook";
import { legacyAsXlsx } from "./legacy";
import type { PlainWorkbook } from "./plainBytes";
import { readWorkbookBytes } from "./readBytes";
import { Unreadable } from "./unreadable";
import type { WorkbookGrids } from "./workbookGrids";

/** What a seal edits: an OOXML package, and for a legacy workbook the grids read from its conversion. */
export interface SealSource {
  /** The package the seal is written into (decrypted, when the file has an open password). */
  readonly bytes: Uint8Array;
  /** The file has an open password: the sealed one is encrypted again with it. */
  readonly encrypted: boolean;
  /** A legacy workbook's conversion read again: the seal covers exactly what the written file holds. */
  readonly converted?: WorkbookGrids;
}

/**
 * An .xlsx/.xlsm is sealed as it is (an encrypted one as its decrypted package). A legacy workbook
 * (.xls, .et, .ods, .xlsb …) cannot hold the seal's parts, so it is converted to an .xlsx first and
 * read again from the conversion, so that the seal verifies on the file written. The command line and
 * the web page share this, each handing it the workbook it decrypted once (plainBytes.ts) and read
 * the form from; a CSV is refused before it gets here.
 */
export async function sealSourceOf(plain: PlainWorkbook, format: Exclude<FileKind, "csv">): Promise<SealSource> {
  if (format === "ooxml") return plain;
  const converted = await legacyAsXlsx(plain.bytes, format satisfies LegacyKind);
  return { bytes: converted, encrypted: plain.encrypted, converted: await readWorkbookBytes(converted, "converted.xlsx") };
}

/** What sealing a CSV answers: it has no place for the seal's record. */
export function csvCannotBeSealed(): Unreadable {
  return new Unreadable(
    "not-workbook",
    "CSV 文件无法封存（封存记录须存放在工作簿内）；请另存为 .xlsx 后再封存",
    "A CSV file cannot be sealed (the seal record lives inside a workbook); save it as .xlsx and seal that",
  );
}
