import { chmodSync, lstatSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { filledWorkbook, writeWorkbook, ZHEJIANG_FORM } from "../../scripts/lib/formWorkbook";
import { formInTempDir, qbench, SEAL_AS_CLERK as SEAL } from "./qbench";

jest.setTimeout(300_000);

/** `qbench seal` writes through the same safe output as the report and the template. */
describe("qbench seal and unseal never lose a file", () => {
  let dir: string;
  let form: string;

  beforeAll(async () => {
    ({ dir, form } = await formInTempDir());
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

  test("unseal: -o onto an existing file is refused (exit 2) and it is untouched; --force replaces it; the input never", async () => {
    const sealed = join(dir, "to-unseal.xlsx");
    expect(qbench(["seal", form, ...SEAL, "-o", sealed]).status).toBe(0);
    const before = readFileSync(sealed);
    const out = join(dir, "other-work.xlsx");
    writeFileSync(out, "the clerk's other work");
    const refused = qbench(["unseal", sealed, "-o", out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("other-work.xlsx");
    expect(readFileSync(out, "utf8")).toBe("the clerk's other work");
    expect(qbench(["unseal", sealed, "-o", sealed, "--force"]).status).toBe(2);
    expect(readFileSync(sealed).equals(before)).toBe(true);
    expect(qbench(["unseal", sealed, "-o", out, "--force"]).status).toBe(0);
    expect(qbench(["verify", out]).stdout).toContain("未封存");
    expect(qbench(["verify", sealed]).status).toBe(0);
  });

  test("unseal without -o unseals in place, like seal; a file not sealed is left alone (exit 1)", async () => {
    const file = join(dir, "in-place.xlsx");
    await writeWorkbook(filledWorkbook(ZHEJIANG_FORM).workbook, file);
    expect(qbench(["seal", file, ...SEAL]).status).toBe(0);
    const unsealed = qbench(["unseal", file]);
    expect([unsealed.status, unsealed.stdout]).toEqual([0, expect.stringContaining("已解除封存")]);
    expect(qbench(["verify", file]).status).toBe(1);
    const after = readFileSync(file);
    const again = qbench(["unseal", file]);
    expect([again.status, again.stdout]).toEqual([1, expect.stringContaining("未封存")]);
    expect(readFileSync(file).equals(after)).toBe(true);
  });
});
