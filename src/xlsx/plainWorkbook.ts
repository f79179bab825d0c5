import { plainWorkbookBytes, type PlainWorkbook } from "./plainBytes";
import { readWorkbookFile } from "./sniff";
import { Unreadable } from "./unreadable";
import { IN_MEMORY_BYTES } from "./zip";

export type { PlainWorkbook } from "./plainBytes";

/** Sealing and unsealing edit the whole package in memory; a unit's form is well under a megabyte. */
function tooLargeToRewrite(): Unreadable {
  const mb = IN_MEMORY_BYTES / 1024 / 1024;
  return new Unreadable(
    "too-large",
    `工作簿超过 ${mb} MB，文件过大，无法封存或解除封存`,
    `the workbook is larger than ${mb} MB; it is too large to seal or unseal`,
  );
}

/**
 * A workbook on disk as `plainWorkbookBytes` gives it, read once (sniff.ts), so that a file above
 * its kind's size limit is refused before it is read, and decrypted once.
 */
export async function readPlainWorkbook(path: string, password: string | undefined): Promise<PlainWorkbook> {
  const { bytes } = await readWorkbookFile(path);
  if (bytes === undefined) throw tooLargeToRewrite();
  return plainWorkbookBytes(bytes, password);
}
