import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, linkSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { filledWorkbook, writeWorkbook, ZHEJIANG_FORM } from "../../scripts/lib/formWorkbook";
import { ensureBuilt, qbench, ROOT, tempDir } from "./qbench";

jest.setTimeout(180_000);

/** qbench under a POSIX shell, for a umask or a file-size limit that only the kernel enforces. */
function qbenchUnder(shellPrefix: string, args: readonly string[]) {
  const quoted = args.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  const r = spawnSync("sh", ["-c", `${shellPrefix}; exec "${process.execPath}" bin/qbench.js ${quoted}`], { cwd: ROOT, encoding: "utf8" });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe("every file qbench writes: nothing lost, nothing half-written", () => {
  let dir: string;
  let form: string;
  let formBytes: Buffer;

  beforeAll(async () => {
    ensureBuilt();
    dir = tempDir();
    form = join(dir, "form.xlsx");
    await writeWorkbook(filledWorkbook(ZHEJIANG_FORM).workbook, form);
    formBytes = readFileSync(form);
  });

  const check = (...extra: string[]) => qbench(["check", form, "--today", "2021-06-20", ...extra]);

  test("a report onto an existing file is refused (exit 2, naming it) and the file is untouched; --force replaces it", () => {
    const report = join(dir, "existing-report.xlsx");
    writeFileSync(report, "last week's report");
    const refused = check("--report", report);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`${report} 已存在，不会覆盖`);
    expect(refused.stdout).toBe("");
    expect(readFileSync(report, "utf8")).toBe("last week's report");

    const forced = check("--report", report, "--force");
    expect(forced.status).toBe(0);
    expect(readFileSync(report).subarray(0, 2).toString()).toBe("PK");
  });

  test("a report onto its own input is refused even with --force: by name, through a symlink, through a hard link", () => {
    symlinkSync(form, join(dir, "alias.xlsx"));
    linkSync(form, join(dir, "hard.xlsx"));
    for (const target of [form, join(dir, "alias.xlsx"), join(dir, "hard.xlsx")]) {
      const run = check("--report", target, "--force");
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("即使加 --force 也不会覆盖");
      expect(run.stderr).toContain("never overwritten, not even with --force");
    }
    expect(readFileSync(form).equals(formBytes)).toBe(true);
  });

  test("the quota table is an input too", () => {
    const quota = join(dir, "quota.json");
    writeFileSync(quota, JSON.stringify({ 浙江省经济和信息化厅: 5 }));
    const run = check("--quota", quota, "--report", quota);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("是本次读取的文件");
    expect(JSON.parse(readFileSync(quota, "utf8"))).toEqual({ 浙江省经济和信息化厅: 5 });
  });

  test("a report that cannot be written whole (the kernel refuses to grow it) leaves no file at all", () => {
    const sub = tempDir();
    const report = join(sub, "report.xlsx");
    // 8 blocks of 512 bytes: the report (about 15 kB) fails half-way with EFBIG, as on a full disk.
    const run = qbenchUnder("trap '' XFSZ; ulimit -f 8", ["check", form, "--today", "2021-06-20", "--report", report]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`无法写入 ${report}`);
    expect(readdirSync(sub)).toEqual([]);
  });

  test("a read-only report target is refused with the reason, even with --force", () => {
    const report = join(dir, "locked-report.xlsx");
    writeFileSync(report, "kept");
    chmodSync(report, 0o444);
    const run = check("--report", report, "--force");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("是只读文件");
    expect(readFileSync(report, "utf8")).toBe("kept");
  });

  test("a new report gets the user's usual mode (umask 027 → rw-r-----)", () => {
    const report = join(dir, "private-report.xlsx");
    expect(qbenchUnder("umask 027", ["check", form, "--today", "2021-06-20", "--report", report]).status).toBe(0);
    expect(statSync(report).mode & 0o777).toBe(0o640);
  });

  test("template -o follows the same rule: refused onto an existing file, replaced with --force, never onto a read-only one", () => {
    const out = join(dir, "blank.xlsx");
    copyFileSync(form, out);
    const refused = qbench(["template", "--year", "2021", "-o", out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`${out} 已存在`);
    expect(readFileSync(out).equals(formBytes)).toBe(true);
    expect(qbench(["template", "--year", "2021", "-o", out, "--force"]).status).toBe(0);
    expect(readFileSync(out).equals(formBytes)).toBe(false);
    chmodSync(out, 0o400);
    expect(qbench(["template", "--year", "2021", "-o", out, "--force"]).stderr).toContain("是只读文件");
  });
});
