import { copyFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { filledWorkbook, numbered, writeWorkbook, ZHEJIANG_FORM } from "../../scripts/lib/formWorkbook";
import { sealCodeOf } from "../../src/core/seal";
import { decodeStore } from "../../src/core/storage";
import { readWorkbook } from "../../src/xlsx/readGrids";
import { storeRowsOf } from "../../src/core/workbook";
import { ensureBuilt, qbench, tempDir } from "../cli/qbench";
import { has, OFFICE_TOOLS, pdfText, soffice } from "../helpers/libreOffice";

jest.setTimeout(600_000);

/**
 * The stamped paper (docs/seal.md#the-seal-code-封存码): `qbench seal`, printed by LibreOffice to PDF, carries the seal code
 * and the page numbers on every page; the workbook re-saved by LibreOffice still verifies.
 */
if (!OFFICE_TOOLS) {
  if (process.env["CI"] === "true") {
    it("has LibreOffice (soffice) and pdftotext, which CI installs (libreoffice-calc, poppler-utils)", () => {
      expect({ soffice: has("soffice"), pdftotext: has("pdftotext") }).toEqual({ soffice: true, pdftotext: true });
    });
  } else {
    console.warn(
      "printedPage.test: soffice or pdftotext missing — the printed-page test did not run (apt-get install libreoffice-calc poppler-utils)",
    );
  }
} else {
  describe("the printed page of a sealed form", () => {
    let dir: string;
    let sealed: string;
    let code: string;
    let pages: string[];

    beforeAll(async () => {
      ensureBuilt();
      dir = tempDir();
      // Enough enterprises for several printed pages.
      const rows = Array.from({ length: 70 }, (_v, i) => {
        const { seq: _seq, ...row } = ZHEJIANG_FORM.rows[i % ZHEJIANG_FORM.rows.length]!;
        return { ...row, enterprise: `杭州第${i + 1}精工机械有限公司`, experience: `${String(row.experience)}（第${i + 1}项）` };
      });
      const form = { ...ZHEJIANG_FORM, rows: numbered(rows) };
      sealed = join(dir, "sealed.xlsx");
      await writeWorkbook(filledWorkbook(form).workbook, sealed);
      const run = qbench(["seal", sealed, "--unit", "浙江省经济和信息化厅", "--by", "李明", "--confirm-warnings", "--today", "2021-06-20"]);
      expect([run.status, run.stderr, run.status === 0 ? "" : run.stdout]).toEqual([0, "", ""]);
      const { store } = decodeStore(storeRowsOf((await readWorkbook(sealed)).grids));
      code = sealCodeOf(store.seal!.digest);
      const pdfDir = join(dir, "pdf");
      mkdirSync(pdfDir);
      soffice(dir, "pdf", sealed, pdfDir);
      const pdf = join(pdfDir, "sealed.pdf");
      expect(existsSync(pdf)).toBe(true);
      const text = pdfText(pdf);
      pages = text.split("\f").filter((p) => p.trim() !== "");
    });

    afterAll(() => {
      rmSync(dir, { recursive: true, force: true });
    });

    it("prints more than one page, each with the seal code, the unit, who sealed, the count and its page number", () => {
      expect(pages.length).toBeGreaterThan(1);
      pages.forEach((page, i) => {
        expect(page).toContain(`封存码 ${code} · 浙江省经济和信息化厅 · 李明 · `);
        expect(page).toContain("共 70 家");
        expect(page).toContain(`第 ${i + 1} 页，共 ${pages.length} 页`);
      });
    });

    it("still verifies, with the same code, after LibreOffice re-saves the workbook", () => {
      const resaveDir = join(dir, "resaved");
      mkdirSync(resaveDir);
      const copy = join(dir, "copy.xlsx");
      copyFileSync(sealed, copy);
      soffice(dir, "xlsx", copy, resaveDir);
      const run = qbench(["verify", join(resaveDir, "copy.xlsx"), "--code", code]);
      expect(run.stdout).toContain("与纸质表上的封存码一致：本文件即所盖章的那份表");
      expect(run.status).toBe(0);
    });
  });
}
