import type { LoadedFile } from "../core/analysis";

/** Why a file could not be read, as one `unreadable` report entry says it (docs/domain/bad-input.md#unreadable-files). */
export type UnreadableKind =
  "missing" | "empty" | "corrupt" | "encrypted" | "legacy" | "not-workbook" | "too-large" | "no-content" | "internal";

/** Thrown by the readers; the command line turns it into one `unreadable` entry and goes on. */
export class Unreadable extends Error {
  constructor(
    readonly kind: UnreadableKind,
    readonly reasonZh: string,
    readonly reasonEn: string,
  ) {
    super(`${reasonZh} / ${reasonEn}`);
    this.name = "Unreadable";
  }
}

/** What a reader says of an encrypted workbook it was given no password for. */
export function needsPassword(): Unreadable {
  return new Unreadable(
    "encrypted",
    "工作簿设置了打开密码（已加密）：请在「打开密码」栏输入密码后重新审查（命令行用 qbench check --password），或请报送单位取消密码后重新报送",
    "the workbook is encrypted (it has a password to open): type the password in the “open password” field and review again (on the command line, qbench check --password), or ask the unit to remove the password and send it again",
  );
}

/** What a reader says of a zip whose structure or entries cannot be read (yauzl's or JSZip's `detail`). */
export function corruptZip(detail: string): Unreadable {
  return new Unreadable(
    "corrupt",
    `文件已损坏，压缩结构无法解析（${detail}）`,
    `the file is damaged: its zip structure cannot be read (${detail})`,
  );
}

/** saxes reports XML that is not well-formed as `line:column: what` — the file's fault. */
const MALFORMED_XML = /^\d+:\d+: /;

/**
 * What a failure while reading a workbook means for the user. Broken XML is a damaged file; any
 * other error escaped our reader or a library it drives (a bug, an upgrade that changed
 * behaviour), so it says so and asks for a report instead of blaming the user's file.
 */
export function readFailure(error: unknown): Unreadable {
  if (error instanceof Unreadable) return error;
  const detail = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
  if (error instanceof Error && MALFORMED_XML.test(error.message)) {
    return new Unreadable("corrupt", `文件已损坏，内容无法解析（${detail}）`, `the file is damaged and cannot be parsed (${detail})`);
  }
  return new Unreadable(
    "internal",
    `qbench 读取此文件时内部出错（${detail}），这是本工具的问题，不是文件的问题；请将此消息和文件报告给开发者`,
    `qbench failed internally while reading this file (${detail}); this is our fault, not the file's — please report it with the file`,
  );
}

/** A reader's failure as the batch's `unreadable` entry: the file's fault, or ours (`readFailure`). */
export function unreadableFile(path: string, e: unknown): LoadedFile & { readonly kind: "unreadable" } {
  return { kind: "unreadable", path, error: readFailure(e) };
}
