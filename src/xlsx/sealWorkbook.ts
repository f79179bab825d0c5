import { rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import ExcelJS from "exceljs";
import { encodeStore, type WorkbookStore } from "../core/storage";
import { writeSealFooter } from "./sealFooter";
import { writeStoreSheet } from "./store";

export interface SealWrite {
  /** The workbook to seal (read and rewritten through exceljs). */
  readonly path: string;
  /** Where to write the sealed workbook; the same path replaces the file, atomically. */
  readonly out: string;
  readonly store: WorkbookStore;
  /** The form's sheet, protected after sealing. */
  readonly sheet: string;
  readonly password?: string;
}

/**
 * Writes the store (with the new seal) into the very hidden sheet and protects the form sheet.
 * The new file is written beside the target first and renamed over it, so that a failure never
 * leaves a half-written workbook. Protection only prevents slips; the digest proves the content.
 */
export async function writeSealedWorkbook(job: SealWrite, verify: (tmpPath: string) => Promise<boolean>): Promise<boolean> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(job.path);
  writeStoreSheet(wb, encodeStore(job.store));
  const ws = wb.getWorksheet(job.sheet);
  if (ws !== undefined) {
    if (job.store.seal !== undefined) writeSealFooter(ws, job.store.seal);
    await ws.protect(job.password ?? "", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      autoFilter: true,
    });
  }
  const tmp = join(dirname(job.out), `.${basename(job.out)}.${process.pid}.tmp.xlsx`);
  try {
    await wb.xlsx.writeFile(tmp);
    if (!(await verify(tmp))) return false;
    await rename(tmp, job.out);
    return true;
  } finally {
    await rm(tmp, { force: true });
  }
}
