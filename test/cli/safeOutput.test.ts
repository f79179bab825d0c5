import { chmodSync, linkSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { planOutput, writeOutput } from "../../src/cli/safeOutput";
import { UsageError } from "../../src/cli/usage";
import { tempDir } from "./qbench";

/** The refusal a user sees (both languages), or "" when the call succeeded. */
async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "";
  } catch (e) {
    if (e instanceof UsageError) return `${e.zh} / ${e.en}`;
    throw e;
  }
}

const failure = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: injected`), { code });

describe("planOutput: which outputs are refused before any work is done", () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });

  test("a new file in a writable folder is accepted; an existing one only with force", async () => {
    expect(await refusal(planOutput({ path: join(dir, "new.xlsx"), force: false, inputs: [] }))).toBe("");
    writeFileSync(join(dir, "old.xlsx"), "old");
    expect(await refusal(planOutput({ path: join(dir, "old.xlsx"), force: false, inputs: [] }))).toMatch(/old\.xlsx 已存在.*--force/);
    expect(await refusal(planOutput({ path: join(dir, "old.xlsx"), force: true, inputs: [] }))).toBe("");
  });

  test("an input is never a target, even with force: by path, through a symlink, through a hard link", async () => {
    const input = join(dir, "form.xlsx");
    writeFileSync(input, "form");
    symlinkSync(input, join(dir, "alias.xlsx"));
    linkSync(input, join(dir, "hard.xlsx"));
    for (const name of ["form.xlsx", "alias.xlsx", "hard.xlsx"])
      expect(await refusal(planOutput({ path: join(dir, name), force: true, inputs: [input] }))).toContain("即使加 --force 也不会覆盖");
  });

  test("a read-only file is refused with the reason, even with force and even for root", async () => {
    writeFileSync(join(dir, "locked.xlsx"), "locked");
    chmodSync(join(dir, "locked.xlsx"), 0o444);
    expect(await refusal(planOutput({ path: join(dir, "locked.xlsx"), force: true, inputs: [] }))).toMatch(/只读.*read-only/);
  });

  test("a folder, a missing folder and a dangling symlink are refused", async () => {
    expect(await refusal(planOutput({ path: dir, force: true, inputs: [] }))).toContain("是文件夹");
    expect(await refusal(planOutput({ path: join(dir, "no", "such.xlsx"), force: true, inputs: [] }))).toContain("文件夹不存在");
    symlinkSync(join(dir, "gone.xlsx"), join(dir, "dangling.xlsx"));
    expect(await refusal(planOutput({ path: join(dir, "dangling.xlsx"), force: true, inputs: [] }))).toContain("符号链接");
  });

  test("the file a command rewrites on purpose (seal in place) is accepted without force", async () => {
    const input = join(dir, "form.xlsx");
    writeFileSync(input, "form");
    expect(await refusal(planOutput({ path: input, force: false, inputs: [input], inPlaceOf: input }))).toBe("");
  });
});

describe("writeOutput: nothing half-written, nothing clobbered", () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });

  test("a write that fails half-way (disk full) leaves neither the target nor a temporary file", async () => {
    const plan = await planOutput({ path: join(dir, "report.xlsx"), force: false, inputs: [] });
    const message = await refusal(
      writeOutput(plan, async (tmp) => {
        await writeFile(tmp, "PK\u0003\u0004 half a workbook");
        throw failure("ENOSPC");
      }),
    );
    expect(message).toMatch(/无法写入 .*report\.xlsx：磁盘空间不足.*no space left/);
    expect(readdirSync(dir)).toEqual([]);
  });

  test("a failed replacement leaves the old file byte for byte", async () => {
    writeFileSync(join(dir, "report.xlsx"), "the old report");
    const plan = await planOutput({ path: join(dir, "report.xlsx"), force: true, inputs: [] });
    await refusal(
      writeOutput(plan, async (tmp) => {
        await writeFile(tmp, "half");
        throw failure("EIO");
      }),
    );
    expect(readdirSync(dir)).toEqual(["report.xlsx"]);
    expect(readFileSync(join(dir, "report.xlsx"), "utf8")).toBe("the old report");
  });

  test("a file rejected by the check after writing is not moved into place", async () => {
    const plan = await planOutput({ path: join(dir, "sealed.xlsx"), force: false, inputs: [] });
    expect(
      await writeOutput(
        plan,
        (tmp) => writeFile(tmp, "content"),
        () => Promise.resolve(false),
      ),
    ).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  test("a file that appears between the check and the write is not clobbered", async () => {
    const target = join(dir, "report.xlsx");
    const plan = await planOutput({ path: target, force: false, inputs: [] });
    writeFileSync(target, "someone else's file");
    expect(await refusal(writeOutput(plan, (tmp) => writeFile(tmp, "ours")))).toContain("已存在");
    expect(readFileSync(target, "utf8")).toBe("someone else's file");
    expect(readdirSync(dir)).toEqual(["report.xlsx"]);
  });

  test("replacing with force keeps the old file's permission bits; through a symlink, the link stays and its target changes", async () => {
    const real = join(dir, "shared.xlsx");
    writeFileSync(real, "old");
    chmodSync(real, 0o640);
    symlinkSync(real, join(dir, "link.xlsx"));
    const plan = await planOutput({ path: join(dir, "link.xlsx"), force: true, inputs: [] });
    expect(await writeOutput(plan, (tmp) => writeFile(tmp, "new"))).toBe(true);
    expect(statSync(real).mode & 0o777).toBe(0o640);
    expect(readFileSync(join(dir, "link.xlsx"), "utf8")).toBe("new");
    expect(readdirSync(dir).sort()).toEqual(["link.xlsx", "shared.xlsx"]);
  });

  test("a new file gets the mode any new file of the user's gets (the umask)", async () => {
    writeFileSync(join(dir, "usual.txt"), "");
    const plan = await planOutput({ path: join(dir, "new.xlsx"), force: false, inputs: [] });
    await writeOutput(plan, (tmp) => writeFile(tmp, "new"));
    expect(statSync(join(dir, "new.xlsx")).mode & 0o777).toBe(statSync(join(dir, "usual.txt")).mode & 0o777);
  });
});
