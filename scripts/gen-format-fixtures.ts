// Writes test/fixtures/formats/: one filled form (examples/04, the one with the typical mistakes)
// as every format units send, by different producers, so that the readers are tested on real
// output rather than on what our own writer makes. Run: npx tsx scripts/gen-format-fixtures.ts
// (LibreOffice's `soffice` must be on the PATH for the .xls/.ods it writes.)
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { encrypt } from "officecrypto-tool";

const SOURCE = "examples/04-江苏省工业和信息化厅-常见错误.xlsx";
const OUT = "test/fixtures/formats";
mkdirSync(OUT, { recursive: true });
copyFileSync(SOURCE, join(OUT, "original.xlsx"));

// SheetJS: BIFF8 (.xls), .xlsb, .ods, flat .fods and .xlsm from the same workbook. (Its BIFF5
// writer stores text in an 8-bit code page and turns every Chinese character into "_", so a
// BIFF5 fixture of this form would test nothing.)
const book = XLSX.read(readFileSync(SOURCE), { cellNF: true, cellDates: false });
const sheetjs: [string, XLSX.BookType][] = [
  ["sheetjs-biff8.xls", "biff8"],
  ["sheetjs.xlsb", "xlsb"],
  ["sheetjs.ods", "ods"],
  ["sheetjs.fods", "fods"],
  ["sheetjs.xlsm", "xlsm"],
];
for (const [name, bookType] of sheetjs) writeFileSync(join(OUT, name), XLSX.write(book, { bookType, type: "buffer" }) as Buffer);
// WPS saves .et as a BIFF8 compound file with its own extension: this is that, not a WPS-made file.
copyFileSync(join(OUT, "sheetjs-biff8.xls"), join(OUT, "wps-style.et"));

// officecrypto-tool: the original under an open password, in ECMA-376 agile encryption (what
// Excel 2010 and later write) and standard encryption (Excel 2007). The password is in the test.
const ENCRYPTED_PASSWORD = "质标2021";
const original = readFileSync(SOURCE);
writeFileSync(join(OUT, "encrypted-agile.xlsx"), encrypt(original, { password: ENCRYPTED_PASSWORD }));
writeFileSync(join(OUT, "encrypted-standard.xlsx"), encrypt(original, { password: ENCRYPTED_PASSWORD, type: "standard" }));

// LibreOffice: .xls (BIFF8) and .ods as LibreOffice Calc writes them.
const work = mkdtempSync(join(tmpdir(), "qbench-formats-"));
try {
  for (const [filter, ext] of [
    ["xls:MS Excel 97", "xls"],
    ["ods", "ods"],
  ] as const) {
    execFileSync(
      "soffice",
      ["--headless", `-env:UserInstallation=file://${work}/profile`, "--convert-to", filter, "--outdir", work, SOURCE],
      {
        stdio: "ignore",
      },
    );
    renameSync(join(work, `04-江苏省工业和信息化厅-常见错误.${ext}`), join(OUT, `libreoffice.${ext}`));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
