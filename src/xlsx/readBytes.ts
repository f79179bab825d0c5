import type { LegacyKind } from "../core/workbook";
import type { GridLimits, WorkbookGrids } from "./workbookGrids";
import { legacyOfBytes, readCsvGrids, readLegacyGrids, readPackageGrids } from "./workbookGrids";
import { plainLegacyBytes } from "./decryptXls";
import { plainOdsBytes } from "./odf/encryptedOds";
import { sniffBytes } from "./sniffBytes";
import { needsPassword } from "./unreadable";
import { openZipBytes } from "./zipBytes";

/** A CSV's one sheet is named after its file, as Excel names it: the name without folder or extension. */
function sheetNameOf(fileName: string): string {
  const base = fileName.slice(fileName.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}

/**
 * A dropped file's bytes as grids, through the reader the command line uses (workbookGrids.ts),
 * with no file system: every format `qbench check` reads, sniffed by content. An encrypted
 * workbook (OOXML, .xls or .ods) opens with `password` (the reviewer's, handed to the decryptor only,
 * which is a chunk of its own fetched when the first encrypted file arrives); without one it is
 * unreadable and says where to type it.
 */
export async function readWorkbookBytes(
  bytes: Uint8Array,
  fileName: string,
  limits: GridLimits = {},
  password?: string,
): Promise<WorkbookGrids> {
  const kind = sniffBytes(bytes);
  if (kind === "csv") return readCsvGrids(bytes, sheetNameOf(fileName), limits);
  if (kind === "encrypted") {
    if (password === undefined || password === "") throw needsPassword();
    const { decryptWorkbookBytes } = await import(/* webpackChunkName: "decrypt" */ "./decryptBytes");
    const decrypted = decryptWorkbookBytes(bytes, password);
    return readPackageGrids(() => openZipBytes(decrypted), legacyOfBytes(decrypted, limits), limits);
  }
  if (kind === "xls") {
    const typed = password === "" ? undefined : password;
    return readLegacyGrids(kind, async (xls) => legacyOfBytes(await plainLegacyBytes(bytes, xls, typed), limits)(xls));
  }
  const legacy = legacyOfBytes(bytes, limits);
  if (kind !== "ooxml") return readLegacyGrids(kind, legacy);
  const packaged = async (zipped: LegacyKind) =>
    zipped === "ods" ? legacyOfBytes(await plainOdsBytes(bytes, password), limits)(zipped) : legacy(zipped);
  return readPackageGrids(() => openZipBytes(bytes), packaged, limits);
}
