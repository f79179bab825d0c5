import { chmodSync, lstatSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { filledWorkbook, writeWorkbook, ZHEJIANG_FORM } from "../../scripts/lib/formWorkbook";
import { ensureBuilt, qbench, tempDir } from "./qbench";

jest.setTimeout(300_000);

const SEAL = ["--unit", "浙江省经济和信息化厅", "--by", "李明", "--today", "2021-06-20"];

/** `qbench seal` writes through the same safe output as the report and the template. */
describe("qbench seal never loses a file", () => {
  let dir: string;
  let form: string;

  beforeAll(async () => {
    ensureBuilt();
    dir = tempDir();
    form = join(dir, "form.xlsx");
    await writeWorkbook(filledWorkbook(ZHEJIANG_FORM).workbook, form);
  });

  test("-o onto an existing file is refused (exit 2, naming it) and the file is untouched; --force replaces it", () => {
    const out = join(dir, "existing.xlsx");
    writeFileSync(out, "the clerk's other work");
    const refused = qbench(["seal", form, ...SEAL, "-o", out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("existing.xlsx");
    expect(readFileSync(out, "utf8")).toBe("the clerk's other work");
    const forced = qbench(["seal", form, ...SEAL, "-o", out, "--force"]);
    expect(forced.status).toBe(0);
    expect(qbench(["verify", out]).status).toBe(0);
  });

  test("-o onto the workbook being sealed, even forced, is refused", () => {
    const before = readFileSync(form);
    const link = join(dir, "link-to-form.xlsx");
    symlinkSync(form, link);
    const run = qbench(["seal", form, ...SEAL, "-o", link, "--force"]);
    expect(run.status).toBe(2);
    expect(readFileSync(form).equals(before)).toBe(true);
  });

  test("a read-only workbook is refused with the reason, and stays as it was", async () => {
    const readOnly = join(dir, "read-only.xlsx");
    await writeWorkbook(filledWorkbook(ZHEJIANG_FORM).workbook, readOnly);
    chmodSync(readOnly, 0o444);
    const before = readFileSync(readOnly);
    const run = qbench(["seal", readOnly, ...SEAL]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/只读|read-only/);
    expect(readFileSync(readOnly).equals(before)).toBe(true);
    expect(statSync(readOnly).mode & 0o777).toBe(0o444);
  });

  test("sealing through a symbolic link seals the file it points to and keeps the link", async () => {
    const target = join(dir, "target.xlsx");
    await writeWorkbook(filledWorkbook(ZHEJIANG_FORM).workbook, target);
    const link = join(dir, "via-link.xlsx");
    symlinkSync(target, link);
    expect(qbench(["seal", link, ...SEAL]).status).toBe(0);
    expect(statSync(link).isFile()).toBe(true);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(qbench(["verify", target]).status).toBe(0);
  });
});
