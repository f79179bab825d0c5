import type { LegacyKind } from "../core/workbook";
import { Unreadable } from "./unreadable";

/**
 * SheetJS reads a whole file into memory (no streaming for these formats), so the file itself is
 * bounded: a legacy workbook of a few hundred enterprises is well under a megabyte. Kept apart from
 * legacy.ts so that checking the size loads neither SheetJS's adapter nor JSZip.
 */
export const MAX_LEGACY_BYTES = 64 * 1024 * 1024;

export function legacyTooLarge(kind: LegacyKind): Unreadable {
  const mb = MAX_LEGACY_BYTES / 1024 / 1024;
  return new Unreadable(
    "too-large",
    `${kind} 文件超过 ${mb} MB，文件过大，已拒绝读取`,
    `the ${kind} file is larger than ${mb} MB; it is too large to read`,
  );
}
