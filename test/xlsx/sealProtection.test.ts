import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SEAL_PROTECTION } from "../../src/core/seal/protection";
import { decodeStore } from "../../src/core/storage";
import { storeRowsOf } from "../../src/core/workbook";
import { exceljsLayout } from "../../src/xlsx/exceljsLayout";
import { readWorkbook } from "../../src/xlsx/readGrids";
import { ensureBuilt, qbench, ROOT, tempDir } from "../cli/qbench";

jest.setTimeout(300_000);

const FORM_PART = "xl/worksheets/sheet1.xml";
const SEAL = ["--unit", "浙江省经济和信息化厅", "--by", "李明", "--today", "2021-06-20"];
/**
 * The clerk's own protection as Excel writes it from 审阅 → 保护工作表 with a password and
 * "select unlocked cells only": a SHA-512 hash no one can make again without the password.
 */
const OWN_PROTECTION =
  '<sheetProtection algorithmName="SHA-512" hashValue="kZ1vWmB3Yk3oZ8Pq0d8cN8a4n2m6w9Qe7r1t5y3u8i0o2p4a6s8d0f2g4h6j8k0l2z4x6c8v0b2n4m6q8w0e==" saltValue="Qm9yZWFsaXMgc2FsdA==" spinCount="100000" sheet="1" objects="1" scenarios="1" selectLockedCells="1"/>';

async function entries(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const out = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) out.set(name, Buffer.from(await file.async("uint8array")));
  return out;
}

async function formLayout(path: string) {
  const { grids } = await readWorkbook(path);
  return grids.find((g) => g.sheet === "申报企业统计表")?.layout;
}

let dir: string;
let own: string;
beforeAll(async () => {
  ensureBuilt();
  dir = tempDir();
  own = join(dir, "own-protection.xlsx");
  const zip = await JSZip.loadAsync(readFileSync(join(ROOT, "test", "fixtures", "rich", "rich.xlsx")));
  const form = await zip.file(FORM_PART)!.async("string");
  zip.file(FORM_PART, form.replace("</sheetData>", `</sheetData>${OWN_PROTECTION}`));
  writeFileSync(own, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("a sheet the clerk protected is not a seal whose record was removed: check reports it unsealed, not broken", async () => {
  expect((await formLayout(own))?.protection).toMatchObject({ selection: "Unlocked", formatColumns: false });
  const run = qbench(["check", own, "--json", "--today", "2021-06-20"]);
  const file = JSON.parse(run.stdout).files[0];
  expect(file.seal).toBe("none");
  expect(file.issues.map((i: { code: string }) => i.code)).toContain("seal-missing");
  expect(file.issues.map((i: { code: string }) => i.code)).not.toContain("seal-broken");
});

describe("sealing a sheet the clerk protected with a password, then unsealing it", () => {
  let sealed: string;
  let unsealed: string;
  beforeAll(() => {
    sealed = join(dir, "sealed.xlsx");
    unsealed = join(dir, "unsealed.xlsx");
    const seal = qbench(["seal", own, ...SEAL, "-o", sealed]);
    expect([seal.status, seal.stderr]).toEqual([0, ""]);
    const unseal = qbench(["unseal", sealed, "-o", unsealed]);
    expect([unseal.status, unseal.stderr]).toEqual([0, ""]);
  });

  test("the sealed sheet is protected as every seal protects it, read alike by the file reader and exceljs; the store keeps the clerk's element", async () => {
    expect((await formLayout(sealed))?.protection).toEqual(SEAL_PROTECTION);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(readFileSync(sealed)).buffer);
    expect(exceljsLayout(wb.getWorksheet("申报企业统计表")!).protection).toEqual(SEAL_PROTECTION);
    const { store } = decodeStore(storeRowsOf((await readWorkbook(sealed)).grids));
    expect(store.protectionBeforeSeal).toMatchObject({ sheet: "申报企业统计表", password: true, element: OWN_PROTECTION });
  });

  test("unsealing gives the clerk's protection back byte for byte, password hash included: every entry as before sealing", async () => {
    const before = await entries(own);
    const after = await entries(unsealed);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [name, bytes] of before) expect([name, after.get(name)?.equals(bytes)]).toEqual([name, true]);
    expect(after.get(FORM_PART)!.toString("utf8")).toContain(OWN_PROTECTION);
  });

  test("a reseal keeps the copy taken before the first seal, so unsealing still gives the clerk's protection back", async () => {
    const again = join(dir, "again.xlsx");
    const back = join(dir, "back.xlsx");
    expect(qbench(["seal", sealed, ...SEAL, "-o", again]).status).toBe(0);
    expect(qbench(["unseal", again, "-o", back]).status).toBe(0);
    expect((await entries(back)).get(FORM_PART)!.toString("utf8")).toContain(OWN_PROTECTION);
  });
});
