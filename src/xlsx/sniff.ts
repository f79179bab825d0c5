import { open, stat } from "node:fs/promises";
import { extname } from "node:path";
import { Unreadable } from "./unreadable";

/** What a file holds, judged by its content (a renamed file keeps its true kind). */
export type FileKind = "ooxml" | "csv";

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** An encrypted OOXML file is a CFB container with these streams (MS-OFFCRYPTO). */
const ENCRYPTED_STREAMS = [Buffer.from("EncryptedPackage", "utf16le"), Buffer.from("EncryptionInfo", "utf16le")];

/** Looks for a needle anywhere in the file, chunk by chunk, so that a large legacy file costs no memory. */
async function fileContains(path: string, needles: readonly Buffer[]): Promise<boolean> {
  const fh = await open(path, "r");
  try {
    const overlap = Math.max(...needles.map((n) => n.length));
    const chunk = Buffer.alloc(1 << 20);
    let carry = Buffer.alloc(0);
    for (let pos = 0; ;) {
      const { bytesRead } = await fh.read(chunk, 0, chunk.length, pos);
      if (bytesRead === 0) return false;
      const window = Buffer.concat([carry, chunk.subarray(0, bytesRead)]);
      if (needles.some((n) => window.includes(n))) return true;
      carry = Buffer.from(window.subarray(Math.max(0, window.length - overlap)));
      pos += bytesRead;
    }
  } finally {
    await fh.close();
  }
}

function looksLikeText(head: Buffer): boolean {
  if (head.length === 0) return false;
  let control = 0;
  for (const b of head) if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  return control === 0;
}

export async function sniffFile(path: string): Promise<FileKind> {
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new Unreadable("missing", "不是文件", "not a regular file");
    size = s.size;
  } catch (e) {
    if (e instanceof Unreadable) throw e;
    throw new Unreadable("missing", "文件不存在或无法打开", `the file does not exist or cannot be opened (${(e as Error).message})`);
  }
  if (size === 0) throw new Unreadable("empty", "文件为空（0 字节）", "the file is empty (0 bytes)");
  const fh = await open(path, "r");
  const head = Buffer.alloc(Math.min(size, 4096));
  try {
    await fh.read(head, 0, head.length, 0);
  } finally {
    await fh.close();
  }
  if (head.subarray(0, 4).equals(ZIP_MAGIC)) return "ooxml";
  if (head.subarray(0, 4).equals(EMPTY_ZIP_MAGIC)) {
    throw new Unreadable("not-workbook", "空的压缩包，没有工作簿内容", "an empty zip archive with no workbook in it");
  }
  if (head.subarray(0, 8).equals(CFB_MAGIC)) {
    if (await fileContains(path, ENCRYPTED_STREAMS)) {
      throw new Unreadable(
        "encrypted",
        "工作簿设置了打开密码（已加密），请取消密码后重新报送",
        "the workbook is encrypted (it has a password to open); remove the password and send it again",
      );
    }
    throw new Unreadable(
      "legacy",
      "这是旧版 Excel 97-2003（.xls）或 WPS（.et）格式，请用 Excel 或 WPS 另存为 .xlsx 后重新报送",
      "this is a legacy Excel 97-2003 (.xls) or WPS (.et) workbook; save it as .xlsx and send it again",
    );
  }
  const ext = extname(path).toLowerCase();
  if (looksLikeText(head)) {
    if (ext === ".csv") return "csv";
    throw new Unreadable(
      "text",
      `扩展名是 ${ext || "（无）"}，内容却是文本（如 CSV），不是 Excel 工作簿；请在 Excel 中打开后另存为 .xlsx`,
      `the name ends in ${ext || "(nothing)"} but the content is text (e.g. CSV), not an Excel workbook; open it in Excel and save as .xlsx`,
    );
  }
  throw new Unreadable("not-workbook", "无法识别的文件格式，不是 Excel 工作簿", "an unknown file format, not an Excel workbook");
}
