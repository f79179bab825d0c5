import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import JSZip from "jszip";
import { filledWorkbook, writeWorkbook, ZHEJIANG_FORM } from "../../scripts/lib/formWorkbook";
import { cellAddress } from "../../src/core/grid/address";
import { decodeStore } from "../../src/core/storage";
import { storeRowsOf } from "../../src/core/workbook";
import { readWorkbook } from "../../src/xlsx/readGrids";
import { formInTempDir, qbench, SEAL_AS_CLERK as SEAL } from "./qbench";

jest.setTimeout(300_000);

const REMARK_COLUMN = 13;

describe("qbench seal on what units really send", () => {
  let dir: string;
  let form: string;

  beforeAll(async () => {
    ({ dir, form } = await formInTempDir());
  });

  test("a 备注 holding a vertical tab pasted from Word (stored by Excel as _x000B_) is sealed, and the seal verifies", async () => {
    const { workbook, layout, sheet } = filledWorkbook(ZHEJIANG_FORM);
    const remark = cellAddress(layout.firstDataRow, REMARK_COLUMN);
    sheet.getCell(remark).value = "2019年省质量标杆VTAB见附件";
    const path = join(dir, "vertical-tab.xlsx");
    await writeWorkbook(workbook, path);
    // Excel writes a character XML 1.0 cannot hold as an ST_Xstring escape.
    const zip = await JSZip.loadAsync(readFileSync(path));
    const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
    zip.file("xl/sharedStrings.xml", strings.replace("VTAB", "_x000B_"));
    writeFileSync(path, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));

    const run = qbench(["seal", path, ...SEAL]);
    expect([run.status, run.stderr, run.stdout]).toEqual([0, "", expect.stringContaining("已封存")]);
    expect(qbench(["verify", path]).status).toBe(0);
    const { store } = decodeStore(storeRowsOf((await readWorkbook(path)).grids));
    expect(store.seal?.snapshot[remark]).toBe("2019年省质量标杆\u000b见附件");
  });

  describe.each([
    ["xls", "biff8"],
    ["ods", "ods"],
  ] as const)("a .%s workbook", (extension, bookType) => {
    let legacy: string;
    let before: Buffer;
    const sealedCopy = () => join(dir, `form-${extension}-已封存.xlsx`);

    beforeAll(() => {
      legacy = join(dir, `form-${extension}.${extension}`);
      const book = XLSX.read(readFileSync(form), { cellNF: true, cellDates: false });
      writeFileSync(legacy, XLSX.write(book, { bookType, type: "buffer" }) as Buffer);
      before = readFileSync(legacy);
    });

    test("is sealed into a new .xlsx beside it, said so, and the original is untouched; the copy verifies", () => {
      const run = qbench(["seal", legacy, ...SEAL]);
      expect([run.status, run.stderr]).toEqual([0, ""]);
      expect(run.stdout).toContain(`已另存为 ${sealedCopy()} 并封存（原文件未改动）`);
      expect(readFileSync(legacy).equals(before)).toBe(true);
      expect(existsSync(sealedCopy())).toBe(true);
      const verify = qbench(["verify", sealedCopy()]);
      expect([verify.status, verify.stdout]).toEqual([0, expect.stringContaining("封存有效")]);
      expect(qbench(["verify", legacy]).status).toBe(1);
    });

    test("sealing it again never replaces the sealed copy without --force", () => {
      const earlier = readFileSync(sealedCopy());
      const run = qbench(["seal", legacy, ...SEAL]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("已存在，不会覆盖");
      expect(readFileSync(sealedCopy()).equals(earlier)).toBe(true);
    });
  });

  test("a CSV file is refused with the reason, and nothing is written", () => {
    const csv = join(dir, "form.csv");
    writeFileSync(csv, "序号,申报企业名称\n1,浙江正泰电器股份有限公司\n");
    const run = qbench(["seal", csv, ...SEAL]);
    expect(run.status).toBe(2);
    expect(run.stdout + run.stderr).toContain("CSV 文件无法封存");
  });
});
