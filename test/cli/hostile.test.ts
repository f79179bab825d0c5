import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import type { BatchReport, FileReport } from "../../src/core/report";
import { filledWorkbook, writeWorkbook, ZHEJIANG_FORM } from "../../scripts/lib/formWorkbook";
import { craftWorkbook, craftZip, deflatedRepeat, WORKSHEET_CLOSE, WORKSHEET_OPEN, writeBytes } from "../xlsx/craft";
import { ensureBuilt, qbenchMeasured, SEAL_AS_CLERK, tempDir } from "./qbench";

/**
 * Hostile input against the command line a reviewer runs, each in its own child process: it must
 * end within 30 s under 1 GB of memory with a clear unreadable entry or a normal result.
 */
jest.setTimeout(240_000);

const MB = 1024 * 1024;
const BOUND_MS = 30_000;
const BOUND_MB = 1024;

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
});

/** `qbench check` of the paths, held to the bounds; the report of its one file. */
function checkBounded(...paths: string[]): { files: readonly FileReport[]; peakMb: number } {
  const run = qbenchMeasured(["check", ...paths, "--json", "--today", "2021-06-20"], BOUND_MS);
  expect(run.status).not.toBe(-1);
  expect(run.peakMb).toBeLessThan(BOUND_MB);
  return { files: (JSON.parse(run.stdout) as BatchReport).files, peakMb: run.peakMb };
}

function onlyFile(path: string): FileReport {
  const { files } = checkBounded(path);
  expect(files).toHaveLength(1);
  return files[0]!;
}

function expectUnreadable(file: FileReport, reason: RegExp): void {
  expect(file.status).toBe("unreadable");
  expect(file.issues.map((i) => i.code)).toEqual(["unreadable"]);
  expect(file.issues[0]!.message).toMatch(reason);
}

test("a zip bomb whose sheet inflates to 2 GB while its directory claims 49 MB is refused at 49 MB", () => {
  const sheet = "xl/worksheets/sheet1.xml";
  const bomb = deflatedRepeat(
    `${WORKSHEET_OPEN}<sheetData><row r="1"><c r="A1"><v>1</v></c></row>`,
    Buffer.alloc(MB, " "),
    2048,
    `</sheetData>${WORKSHEET_CLOSE}`,
  );
  expect(bomb.size).toBeGreaterThan(2048 * MB);
  const entries = craftWorkbook("").map((e) => (e.name === sheet ? { name: sheet, data: bomb } : e));
  const path = writeBytes(
    join(dir, "bomb.xlsx"),
    craftZip(entries, (name, real) => (name === sheet ? 49 * MB : real)),
  );
  expectUnreadable(onlyFile(path), /压缩炸弹.*inflates beyond the size its zip directory declares \(a zip bomb\)/);
});

test("49 MB of deeply nested <row> XML in a small file is damaged, not stacked up", () => {
  const path = writeBytes(join(dir, "nested.xlsx"), craftZip(craftWorkbook(`<sheetData>${"<row>".repeat(10_000_000)}</sheetData>`)));
  expectUnreadable(onlyFile(path), /nests deeper than 64 levels/);
});

test("20,000 rows each with one cell in column XFD read as a normal (formless) workbook", () => {
  const rows = Array.from({ length: 20_000 }, (_x, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>${i}</v></c></row>`).join("");
  const file = onlyFile(writeBytes(join(dir, "xfd.xlsx"), craftZip(craftWorkbook(`<sheetData>${rows}</sheetData>`))));
  expect(file.status).toBe("invalid");
  expect(file.issues.map((i) => i.code)).toContain("sheet-not-found");
});

test("a table beside a stray cell in column XFD on each of 20,000 rows: the report counts the cells left out", () => {
  const rows = Array.from(
    { length: 20_000 },
    (_x, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="B${i + 1}"><v>${i}</v></c><c r="XFD${i + 1}"><v>1</v></c></row>`,
  ).join("");
  const path = writeBytes(join(dir, "stray.xlsx"), craftZip(craftWorkbook(`<sheetData>${rows}</sheetData>`)));
  const file = onlyFile(path);
  expect(file.format).toBe("xlsx");
  expect(file.leftOut).toEqual([{ sheet: "表1", count: 20_000, first: "XFD1" }]);
  const human = qbenchMeasured(["check", path, "--today", "2021-06-20"], BOUND_MS).stdout;
  expect(human).toContain("读取格式 xlsx");
  expect(human).toContain("工作表“表1”中远在表格右侧的 20000 个单元格未读入（从 XFD1 起）");
});

test("a 40 MB CSV of commas is an empty file, not a 40-million-cell row", () => {
  const file = onlyFile(writeBytes(join(dir, "commas.csv"), Buffer.alloc(40 * MB, ",")));
  expectUnreadable(file, /空的.*empty/);
});

test("a folder holding symbolic links: a link to a workbook is read, a dangling one is listed with its reason", async () => {
  const elsewhere = join(dir, "elsewhere");
  const inbox = join(dir, "inbox");
  mkdirSync(elsewhere);
  mkdirSync(inbox);
  await writeWorkbook(filledWorkbook(ZHEJIANG_FORM).workbook, join(elsewhere, "浙江.xlsx"));
  symlinkSync(join(elsewhere, "浙江.xlsx"), join(inbox, "linked.xlsx"));
  symlinkSync(join(elsewhere, "gone.xlsx"), join(inbox, "dangling.xlsx"));
  symlinkSync(inbox, join(inbox, "loop"));
  const { files } = checkBounded(inbox);
  expect(files.map((f) => [f.path.slice(inbox.length + 1), f.status])).toEqual([
    ["dangling.xlsx", "unreadable"],
    ["linked.xlsx", "ok"],
  ]);
  expect(files[0]!.issues[0]!.message).toMatch(/does not exist/);
  expect(files[1]!.rowCount).toBe(4);
});

test("qbench seal and unseal of a 70 MB workbook refuse it as too large to rewrite, the file untouched", () => {
  const big = craftZip(craftWorkbook("<sheetData/>", [{ name: "xl/media/noise.bin", data: randomBytes(70 * MB) }]));
  expect(big.length).toBeGreaterThan(64 * MB);
  const path = writeBytes(join(dir, "noise.xlsx"), big);
  for (const args of [
    ["seal", path, ...SEAL_AS_CLERK],
    ["unseal", path],
  ]) {
    const run = qbenchMeasured([...args, "--lang", "en"], BOUND_MS);
    expect(run.status).toBe(2);
    expect(run.stdout + run.stderr).toMatch(/larger than 64 MB; it is too large to seal or unseal/);
  }
  expect(readFileSync(path).equals(big)).toBe(true);
});
