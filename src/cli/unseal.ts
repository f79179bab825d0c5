import { chinaTime } from "../core/text/chinaTime";
import { writeFile } from "node:fs/promises";
import { unreadableReason } from "../core/analysis";
import { encryptWorkbookBytes } from "../xlsx/encryptWorkbook";
import { unsealPackage } from "../xlsx/package/unsealPackage";
import { loadFile } from "./loadFile";
import { loadSealFile } from "./sealSource";
import { planRewrite, type RewriteOptions, type RewriteOutcome } from "./rewriteOutput";
import { writeOutput } from "./safeOutput";

const T = {
  zh: {
    none: "未封存：工作簿中没有封存记录，无需解除",
    selfCheck: "写入后复核失败：解除封存后的文件仍读出封存记录，原文件未改动",
    unsealed: (sheet: string, file: string, at: string) =>
      `已解除封存：${file} 的“${sheet}”（${at} 的封存），工作表的保护和页脚已恢复为封存前的样子；须重新校验和封存`,
  },
  en: {
    none: "Not sealed: the workbook holds no seal record; nothing to unseal",
    selfCheck: "The unsealed file still reads as sealed; the original file is untouched",
    unsealed: (sheet: string, file: string, at: string) =>
      `Unsealed “${sheet}” of ${file} (the seal of ${at}): the sheet's protection and footer are as they were before sealing; check and seal it again`,
  },
} as const;

/**
 * `qbench unseal`: the seal's edits taken back in the package (src/xlsx/package/unsealPackage.ts),
 * as the add-in's 解除封存 does — in place without `-o`, like `seal`; `-o` never replaces an existing
 * file unless forced, and never the input. A broken seal unseals too: that is how a sealed form is
 * corrected. The seal's protection is lifted without its password (it only prevents slips) and the
 * sheet's own protection from before sealing put back, its element byte for byte (docs/seal.md#protection).
 * An encrypted workbook is unsealed inside its decrypted package and encrypted again with its open
 * password, never left decrypted.
 */
export async function runUnseal(path: string, options: RewriteOptions): Promise<RewriteOutcome> {
  const t = T[options.lang];
  const opened = await loadSealFile(path, options.password);
  if ("kind" in opened) return { status: 2, lines: [unreadableReason(opened.error, options.lang)] };
  const { file: loaded, plain: source } = opened;
  const record = loaded.store.seal;
  // Only an .xlsx/.xlsm holds a seal: `seal` writes a legacy workbook into a new .xlsx.
  if (record === undefined || loaded.format !== "ooxml") return { status: 1, lines: [t.none] };
  const plan = await planRewrite(path, options);
  const unsealed = await unsealPackage(source.bytes, loaded.store);
  const reencrypt = source.encrypted ? options.password : undefined;
  const ok = await writeOutput(
    plan,
    async (tmp) => writeFile(tmp, reencrypt === undefined ? unsealed : await encryptWorkbookBytes(unsealed, reencrypt)),
    async (written) => {
      const again = await loadFile(written, {}, reencrypt);
      return again.kind === "read" && again.store.seal === undefined;
    },
  );
  if (!ok) return { status: 2, lines: [t.selfCheck] };
  return { status: 0, lines: [t.unsealed(record.sheet, plan.shown, chinaTime(record.sealedAt, options.lang))] };
}
