import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, chmod, link, lstat, open, realpath, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { UsageError } from "./usage";

/**
 * Every file the command line writes (the report, the template, a sealed copy) goes through this
 * module, so that nothing is lost: an existing file is replaced only with `--force`, an input is
 * never written onto (compared by device and inode, so symlinks and hard links count), the new
 * content goes into a temporary file beside the target that is renamed into place only once it is
 * complete, and a read-only target is refused with the reason.
 */
export interface OutputRequest {
  /** The output as the user named it. */
  readonly path: string;
  /** `--force`: replace an existing file (never an input, never a read-only file). */
  readonly force: boolean;
  /** Every file the command reads; none of them is ever replaced. */
  readonly inputs: readonly string[];
  /**
   * The one input the command rewrites on purpose (`qbench seal` or `unseal` without `-o`): the target must be
   * that file, and it is replaced in place without `--force`.
   */
  readonly inPlaceOf?: string;
}

/** A checked output: where the new file will be renamed to, and the mode it gets. */
export interface OutputPlan {
  /** The output as the user named it (for messages). */
  readonly shown: string;
  /** The file actually replaced: the target of a symlink, so that the link keeps pointing at the new content. */
  readonly target: string;
  /** An existing file is replaced (and its permission bits kept); otherwise it must still not exist when renamed. */
  readonly replaces: boolean;
  /** Permission bits of the replaced file; a new file gets the user's umask. */
  readonly mode?: number;
}

interface FileId {
  readonly dev: number;
  readonly ino: number;
}

const sameFile = (a: FileId, b: FileId) => a.dev === b.dev && a.ino === b.ino;

async function statOrUndefined(path: string) {
  try {
    return await stat(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
}

function refuse(zh: string, en: string): never {
  throw new UsageError(zh, en);
}

async function writable(path: string): Promise<boolean> {
  try {
    await access(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A file nobody may write to is one its owner marked read-only: refused even for root, for whom
 * `access(W_OK)` always succeeds.
 */
async function isReadOnly(path: string, mode: number): Promise<boolean> {
  return (mode & 0o222) === 0 || !(await writable(path));
}

function refuseExisting(shown: string): never {
  refuse(
    `${shown} 已存在，不会覆盖；请换一个文件名，或加 --force 覆盖`,
    `${shown} exists and is not overwritten; name another file or add --force`,
  );
}

/**
 * Checks an output before any work is done, so that a long `check` never ends in a refusal.
 * Throws a UsageError (exit 2) naming the file and the reason.
 */
export async function planOutput(request: OutputRequest): Promise<OutputPlan> {
  const shown = request.path;
  const entry = await lstat(shown).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return undefined;
    throw e;
  });
  if (entry?.isSymbolicLink() && (await statOrUndefined(shown)) === undefined)
    refuse(`${shown} 是指向不存在文件的符号链接，不会写入`, `${shown} is a symbolic link to a missing file; not written`);
  const target = entry === undefined ? resolve(shown) : await realpath(shown);
  const existing = await statOrUndefined(target);
  if (existing?.isDirectory()) refuse(`${shown} 是文件夹，不能作为输出文件`, `${shown} is a folder, not an output file`);
  if (existing !== undefined && !existing.isFile())
    refuse(`${shown} 不是普通文件，不会写入`, `${shown} is not a regular file; not written`);

  const inPlace = request.inPlaceOf === undefined ? undefined : await statOrUndefined(request.inPlaceOf);
  if (existing !== undefined) {
    const isInPlace = inPlace !== undefined && sameFile(inPlace, existing);
    if (!isInPlace) {
      for (const input of request.inputs) {
        const id = await statOrUndefined(input);
        if (id !== undefined && sameFile(id, existing)) {
          const also = resolve(input) === resolve(shown) ? ["", ""] : [`（即 ${input}）`, ` (${input})`];
          refuse(
            `${shown} 是本次读取的文件${also[0]}，即使加 --force 也不会覆盖`,
            `${shown} is an input${also[1]}; it is never overwritten, not even with --force`,
          );
        }
      }
      if (!request.force) refuseExisting(shown);
    }
    if (await isReadOnly(target, existing.mode)) refuse(`${shown} 是只读文件，不会覆盖`, `${shown} is read-only; not overwritten`);
  }
  const dir = dirname(target);
  const dirStat = await statOrUndefined(dir);
  if (dirStat === undefined || !dirStat.isDirectory()) refuse(`${shown} 所在的文件夹不存在`, `the folder of ${shown} does not exist`);
  if (!(await writable(dir))) refuse(`${shown} 所在的文件夹不可写`, `the folder of ${shown} is not writable`);
  return { shown, target, replaces: existing !== undefined, ...(existing ? { mode: existing.mode & 0o7777 } : {}) };
}

const REASONS: Readonly<Record<string, readonly [string, string]>> = {
  ENOSPC: ["磁盘空间不足", "no space left on the device"],
  EDQUOT: ["超出磁盘配额", "disk quota exceeded"],
  EFBIG: ["文件超出允许的大小", "the file is larger than allowed"],
  EACCES: ["没有写入权限", "permission denied"],
  EPERM: ["没有写入权限", "permission denied"],
  EROFS: ["文件系统只读", "read-only file system"],
  EIO: ["读写错误", "input/output error"],
};

function writeFailed(plan: OutputPlan, e: unknown): UsageError {
  const code = (e as NodeJS.ErrnoException).code ?? "";
  const [zh, en] = REASONS[code] ?? [(e as Error).message, (e as Error).message];
  return new UsageError(`无法写入 ${plan.shown}：${zh}（未留下任何文件）`, `cannot write ${plan.shown}: ${en} (nothing was left behind)`);
}

/**
 * Writes the output: `write` fills a temporary file beside the target (already created, empty, with
 * the final mode), `accept` may inspect the finished file, and only then is it moved into place —
 * renamed over the file it replaces, or linked to a name that must still be free (so a file that
 * appeared meanwhile is not clobbered). Whatever fails, the temporary file is removed and the
 * target is as it was. Returns false when `accept` rejected the file (nothing is written).
 */
export async function writeOutput(
  plan: OutputPlan,
  write: (tmpPath: string) => Promise<void>,
  accept?: (tmpPath: string) => Promise<boolean>,
): Promise<boolean> {
  // Hidden (a folder walk skips it) and with the target's extension (readers sniff by it).
  const tmp = join(
    dirname(plan.target),
    `.${basename(plan.target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp${extname(plan.target)}`,
  );
  try {
    // The mode argument is masked by the umask, as for any new file the user makes.
    const handle = await open(tmp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o666);
    await handle.close();
    if (plan.mode !== undefined) await chmod(tmp, plan.mode);
    try {
      await write(tmp);
      const done = await open(tmp, "r+");
      try {
        await done.sync();
      } finally {
        await done.close();
      }
    } catch (e) {
      throw writeFailed(plan, e);
    }
    if (accept !== undefined && !(await accept(tmp))) return false;
    if (plan.replaces) await rename(tmp, plan.target);
    else await publishNew(tmp, plan);
    return true;
  } finally {
    await rm(tmp, { force: true });
  }
}

/** Moves the new file to a name that must still be free: link() fails rather than replace a file. */
async function publishNew(tmp: string, plan: OutputPlan): Promise<void> {
  try {
    await link(tmp, plan.target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") refuseExisting(plan.shown);
    // File systems without hard links (FAT, some network shares): check once more, then rename.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw e;
    if ((await statOrUndefined(plan.target)) !== undefined) refuseExisting(plan.shown);
    await rename(tmp, plan.target);
  }
}
