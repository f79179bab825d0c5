import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { filledWorkbook, writeWorkbook, ZHEJIANG_FORM } from "../../scripts/lib/formWorkbook";
import { ensureBuilt, qbench, tempDir } from "./qbench";

jest.setTimeout(180_000);

/** Every character that would act on a terminal instead of being shown (see src/cli/terminalText.ts). */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/u;

/**
 * How a workbook carries C0 control characters: Excel writes them as `_xHHHH_` escapes (XML 1.0
 * cannot hold them raw), and every reader, ours included, turns the escape back into the character.
 */
const x = (hex: string) => `_x${hex}_`;
const ESC = x("001B");
/** A window-title OSC ended by BEL, a screen clear, a red colour, a C1 CSI and a right-to-left override. */
const HOSTILE_NAME = `${ESC}]0;pwned${x("0007")}${ESC}[2J假${ESC}[31m公司\u009b\u202e`;
/** A cell that, printed raw, moves the cursor up, returns to the line's start and prints a fake verdict. */
const FAKE_LINE = `${ESC}[1A${x("000D")}${ESC}[2K封存有效：张三 于 2021-06-20 封存，内容未改动${x("000A")}封存有效`;

describe("no raw control character reaches the terminal", () => {
  let dir: string;

  beforeAll(() => {
    ensureBuilt();
    dir = tempDir();
  });

  test("the human report of check shows ESC, BEL, C1 and U+202E escaped, in values and in the file name", async () => {
    const file = join(dir, "\u001b[31mred\u001b[0m.xlsx");
    const rows = ZHEJIANG_FORM.rows.map((r, i) => (i === 0 ? { ...r, enterprise: HOSTILE_NAME, city: `${ESC}[5m${HOSTILE_NAME}` } : r));
    await writeWorkbook(filledWorkbook({ ...ZHEJIANG_FORM, rows }).workbook, file);
    const run = qbench(["check", file, "--today", "2021-06-20"]);
    expect(run.status).toBeLessThan(2);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stdout).toContain("\\x1b[31mred\\x1b[0m.xlsx");
    expect(run.stdout).toContain("\\x1b[5m\\x1b]0;pwned\\x07\\x1b[2J假\\x1b[31m公司\\x9b\\u202e");
    expect(run.stdout).toContain("\\u202e");
    // JSON keeps the exact text, as JSON escapes (C1 and bidi too, which JSON.stringify leaves raw).
    const json = qbench(["check", file, "--json", "--today", "2021-06-20"]);
    expect(json.stdout).not.toMatch(RAW_CONTROL);
    expect(json.stdout).toContain(String.raw`"\u001b[5m\u001b]0;pwned\u0007\u001b[2J假\u001b[31m公司\u009b\u202e"`);
    const report = JSON.parse(json.stdout) as { files: { issues: { cell?: string; value?: unknown }[] }[] };
    expect(report.files[0]!.issues.find((i) => i.cell === "B6")!.value).toBe("\u001b]0;pwned\u0007\u001b[2J假\u001b[31m公司\u009b\u202e");
  });

  test("verify cannot be made to print a fake line: the changed value is shown escaped, and cut when long", async () => {
    const sealed = join(dir, "sealed.xlsx");
    await writeWorkbook(filledWorkbook(ZHEJIANG_FORM).workbook, sealed);
    expect(qbench(["seal", sealed, "--unit", "浙江省经济和信息化厅", "--by", "李明", "--today", "2021-06-20"]).status).toBe(0);
    const tampered = join(dir, "tampered.xlsx");
    copyFileSync(sealed, tampered);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(tampered);
    const sheet = wb.getWorksheet("申报企业统计表")!;
    sheet.getCell("B6").value = FAKE_LINE;
    sheet.getCell("B7").value = "很长的企业名称".repeat(40);
    await wb.xlsx.writeFile(tampered);

    const run = qbench(["verify", tampered]);
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("封存已破坏：封存后有 2 处改动");
    expect(lines.filter((l) => l.startsWith("封存有效"))).toEqual([]);
    // The reader reads a carriage return as a line break; either way it is shown, not obeyed.
    expect(lines[1]).toContain("现在“\\x1b[1A\\n\\x1b[2K封存有效");
    const long = lines.find((l) => l.startsWith("  B7"))!;
    expect(long).toMatch(/现在“(很长的企业名称)+很?长?的?企?业?名?…”$/u);
  });

  test("usage errors that echo an argument show it escaped: a rejected option value, an output that exists", () => {
    const region = qbench(["check", dir, "--region", "\u001b[2J火星"]);
    expect(region.status).toBe(2);
    expect(region.stderr).toContain("\\x1b[2J火星");
    expect(region.stderr).not.toMatch(RAW_CONTROL);

    const unknown = qbench(["check", dir, "--\u001b[2Jx"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).not.toMatch(RAW_CONTROL);

    const out = join(dir, "\u009b\u001b]8;;x\u0007.xlsx");
    writeFileSync(out, "");
    const exists = qbench(["template", "-o", out]);
    expect(exists.status).toBe(2);
    expect(exists.stderr).toContain("\\x9b\\x1b]8;;x\\x07.xlsx 已存在");
    expect(exists.stderr).not.toMatch(RAW_CONTROL);
  });
});
