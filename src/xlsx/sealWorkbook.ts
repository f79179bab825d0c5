import ExcelJS from "exceljs";
import { encodeStore, type WorkbookStore } from "../core/storage";
import { writeSealFooter } from "./sealFooter";
import { writeStoreSheet } from "./store";

export interface SealWrite {
  /** The workbook to seal (read and rewritten through exceljs). */
  readonly path: string;
  readonly store: WorkbookStore;
  /** The form's sheet, protected after sealing. */
  readonly sheet: string;
  readonly password?: string;
}

/**
 * Writes the sealed workbook to `tmpPath`: the store (with the new seal) in the very hidden sheet,
 * the seal's footer, and protection on the form sheet. The caller moves the file into place only
 * once it verifies (src/cli/safeOutput.ts). Protection only prevents slips; the digest proves the content.
 */
export async function writeSealedWorkbook(job: SealWrite, tmpPath: string): Promise<void> {
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
  await wb.xlsx.writeFile(tmpPath);
}
