import { copyFileSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { decrypt, encrypt } from "officecrypto-tool";
import { filledWorkbook, writeWorkbook, ZHEJIANG_FORM } from "../../scripts/lib/formWorkbook";
import { EditedPackage } from "../seal/packageEdits";
import { ensureBuilt, qbench, tempDir, type Run } from "./qbench";

// Agile encryption spins SHA-512 100,000 times per open, on purpose slow; a busy machine takes seconds.
jest.setTimeout(300_000);

/** The open password of the encrypted form in these tests. */
const PASSWORD = "质标2021";
const SHEET = "申报企业统计表";
const UNIT = ["--unit", "浙江省经济和信息化厅", "--by", "李明", "--today", "2021-06-20"];
/** The parts the seal writes into an .xlsx (docs/seal.md); every other entry must come through byte for byte. */
const SEAL_PARTS = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml"];
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

let dir: string;
let plainPackage: Buffer;
let input: string;

const isEncrypted = (path: string) => readFileSync(path).subarray(0, 8).equals(CFB_MAGIC);
const opened = (path: string): Promise<Buffer> => decrypt(readFileSync(path), { password: PASSWORD });

async function entries(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const file of Object.values(zip.files).filter((f) => !f.dir)) out.set(file.name, await file.async("nodebuffer"));
  return out;
}

function expectNoPassword(...runs: Run[]): void {
  for (const run of runs) expect(run.stdout + run.stderr).not.toContain(PASSWORD);
}

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir();
  const plain = join(dir, "plain.xlsx");
  await writeWorkbook(filledWorkbook(ZHEJIANG_FORM).workbook, plain);
  plainPackage = readFileSync(plain);
  input = join(dir, "encrypted.xlsx");
  writeFileSync(input, encrypt(plainPackage, { password: PASSWORD }));
});

describe("qbench seal --password of an encrypted workbook", () => {
  let sealed: string;
  let seal: Run;
  let inputBefore: Buffer;

  beforeAll(() => {
    sealed = join(dir, "sealed.xlsx");
    inputBefore = readFileSync(input);
    seal = qbench(["seal", input, ...UNIT, "--password", PASSWORD, "-o", sealed]);
  });

  test("seals into a file encrypted again with the same password, and says so; the input is untouched", async () => {
    expect(seal.stderr).toBe("");
    expect(seal.status).toBe(0);
    expect(seal.stdout).toContain("已封存");
    expect(seal.stdout).toContain("已用原打开密码重新加密");
    expect(isEncrypted(sealed)).toBe(true);
    await expect(decrypt(readFileSync(sealed), { password: "质标2020" })).rejects.toThrow(/password is incorrect/);
    expect(readFileSync(input).equals(inputBefore)).toBe(true);
    expectNoPassword(seal);
  });

  test("inside the decrypted package every entry the seal does not write is byte for byte the original's, and none holds the password", async () => {
    const before = await entries(plainPackage);
    const after = await entries(await opened(sealed));
    const changed = [...before.keys()].filter((name) => !after.get(name)?.equals(before.get(name)!));
    expect(changed).toContain("xl/worksheets/sheet1.xml");
    for (const [name, bytes] of after) expect({ name, holdsPassword: bytes.includes(PASSWORD) }).toEqual({ name, holdsPassword: false });
    expect(changed.filter((name) => !SEAL_PARTS.includes(name))).toEqual([]);
    // The one new part is the store sheet, a worksheet of its own.
    expect([...after.keys()].filter((name) => !before.has(name))).toEqual([expect.stringMatching(/^xl\/worksheets\/sheet\d+\.xml$/)]);
  });

  test("verify --password says the seal holds; without it, or with a wrong one, the file is unreadable (exit 2), saying why", () => {
    const valid = qbench(["verify", sealed, "--password", PASSWORD]);
    expect(valid.status).toBe(0);
    expect(valid.stdout).toContain("封存有效");
    const none = qbench(["verify", sealed]);
    expect(none.status).toBe(2);
    expect(none.stdout).toMatch(/打开密码/);
    const wrong = qbench(["verify", sealed, "--password", "质标2020"]);
    expect(wrong.status).toBe(2);
    expect(wrong.stdout).toMatch(/密码不正确/);
    expect(wrong.stdout + wrong.stderr).not.toContain("质标2020");
    const check = qbench(["check", sealed, "--json", "--password", PASSWORD, "--today", "2021-06-20"]);
    expect(JSON.parse(check.stdout).files[0]).toMatchObject({ seal: "valid", status: "ok" });
    expectNoPassword(valid, none, check);
  });

  test("a cell changed inside the encrypted file (decrypt, edit, encrypt again) is listed by verify --password", async () => {
    const edited = await EditedPackage.open(await opened(sealed));
    await edited.setCell(SHEET, "F6", 99999);
    const changed = join(dir, "changed.xlsx");
    writeFileSync(changed, encrypt(Buffer.from(await edited.bytes()), { password: PASSWORD }));
    const run = qbench(["verify", changed, "--password", PASSWORD, "--lang", "en"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^ {2}F6: sealed “[^”]+”, now “99999”$/m);
  });

  test("seal -o never replaces an existing file, and a wrong password seals nothing", () => {
    const again = qbench(["seal", input, ...UNIT, "--password", PASSWORD, "-o", sealed]);
    expect(again.status).toBe(2);
    const other = join(dir, "wrong.xlsx");
    const wrong = qbench(["seal", input, ...UNIT, "--password", "质标2020", "-o", other]);
    expect(wrong.status).toBe(2);
    expect(wrong.stdout).toMatch(/密码不正确/);
    expect(() => statSync(other)).toThrow();
    expectNoPassword(again, wrong);
  });

  test("unseal --password gives back an encrypted, unsealed workbook", () => {
    const unsealed = join(dir, "unsealed.xlsx");
    const run = qbench(["unseal", sealed, "--password", PASSWORD, "-o", unsealed]);
    expect(run.status).toBe(0);
    expect(isEncrypted(unsealed)).toBe(true);
    expect(qbench(["verify", unsealed, "--password", PASSWORD]).stdout).toContain("未封存");
    expectNoPassword(run);
  });
});

test("sealing an encrypted workbook in place keeps it encrypted with its password", () => {
  const inPlace = join(dir, "in-place.xlsx");
  writeFileSync(inPlace, readFileSync(input));
  const seal = qbench(["seal", inPlace, ...UNIT, "--password", PASSWORD]);
  expect(seal.status).toBe(0);
  expect(isEncrypted(inPlace)).toBe(true);
  expect(qbench(["verify", inPlace, "--password", PASSWORD]).status).toBe(0);
});

test.each([
  ["encrypted-xls/libreoffice-ningbo.xls", "宁波.xls"],
  ["encrypted-ods/libreoffice-ningbo.ods", "宁波ods.ods"],
  ["encrypted-ods/libreoffice-ningbo-gcm.ods", "宁波gcm.ods"],
])(
  "%s (LibreOffice's RC4 .xls, AES-256-CBC and AES-256-GCM .ods) is sealed into a new .xlsx beside it, encrypted with the same password",
  (fixture, name) => {
    const xls = join(dir, name);
    copyFileSync(join(__dirname, "../fixtures", fixture), xls);
    const before = readFileSync(xls);
    const seal = qbench(["seal", xls, "--unit", "宁波市经济和信息化局", "--by", "王芳", "--confirm-warnings", "--password", PASSWORD]);
    expect(seal.status).toBe(0);
    expect(seal.stdout).toContain("已用原打开密码重新加密");
    const out = join(dir, `${name.slice(0, name.lastIndexOf("."))}-已封存.xlsx`);
    expect(isEncrypted(out)).toBe(true);
    expect(readFileSync(xls).equals(before)).toBe(true);
    const verify = qbench(["verify", out, "--password", PASSWORD]);
    expect(verify.status).toBe(0);
    expect(verify.stdout).toContain("封存有效");
    expectNoPassword(seal, verify);
  },
);
