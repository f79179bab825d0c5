import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { BatchReport } from "../../src/core/report";
import { ZipArchive } from "../../src/xlsx/zip";
import { ensureBuilt, qbench, tempDir } from "./qbench";

jest.setTimeout(120_000);

/** The fixtures' open password (scripts/gen-format-fixtures.ts; the .xls: LibreOffice's RC4, scripts/gen-encrypted-xls.py; the .ods: LibreOffice 7.4's AES-256-CBC, scripts/gen-encrypted-ods.py, and 25.2's AES-256-GCM, scripts/gen-encrypted-ods-gcm.py). */
const PASSWORD = "质标2021";
const FIXTURES = join(__dirname, "../fixtures/formats");

let inbox: string;
let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  inbox = join(dir, "inbox");
  mkdirSync(inbox);
  for (const f of [
    "encrypted-agile.xlsx",
    "encrypted-libreoffice-gcm.ods",
    "encrypted-libreoffice.ods",
    "encrypted-libreoffice.xls",
    "encrypted-standard.xlsx",
    "original.xlsx",
  ])
    copyFileSync(join(FIXTURES, f), join(inbox, f));
});

function check(...extra: string[]): { report: BatchReport; stderr: string; stdout: string } {
  const run = qbench(["check", inbox, "--json", "--today", "2021-06-01", ...extra]);
  return { report: JSON.parse(run.stdout) as BatchReport, stderr: run.stderr, stdout: run.stdout };
}

const statuses = (report: BatchReport) => report.files.map((f) => [f.path.slice(inbox.length + 1), f.status]);

test("without --password each encrypted workbook is one unreadable entry saying how to read it", () => {
  const { report } = check();
  expect(statuses(report)).toEqual([
    ["encrypted-agile.xlsx", "unreadable"],
    ["encrypted-libreoffice-gcm.ods", "unreadable"],
    ["encrypted-libreoffice.ods", "unreadable"],
    ["encrypted-libreoffice.xls", "unreadable"],
    ["encrypted-standard.xlsx", "unreadable"],
    ["original.xlsx", "invalid"],
  ]);
  for (const f of report.files.slice(0, 5)) {
    expect(f.issues.map((i) => i.code)).toEqual(["unreadable"]);
    expect(f.issues[0]!.message).toMatch(/打开密码.*qbench check --password/);
  }
});

test("with --password they read like the original; the password is in no output and no report", async () => {
  const { report, stdout, stderr } = check("--password", PASSWORD, "--report", join(dir, "report.xlsx"));
  expect(statuses(report)).toEqual([
    ["encrypted-agile.xlsx", "invalid"],
    ["encrypted-libreoffice-gcm.ods", "invalid"],
    ["encrypted-libreoffice.ods", "invalid"],
    ["encrypted-libreoffice.xls", "invalid"],
    ["encrypted-standard.xlsx", "invalid"],
    ["original.xlsx", "invalid"],
  ]);
  const issues = report.files.map((f) => f.issues.map((i) => [i.code, i.cell ?? i.row]));
  for (const encrypted of issues.slice(0, 5)) expect(encrypted).toEqual(issues[5]);
  expect(report.files.map((f) => f.format)).toEqual(["xlsx", "ods", "ods", "xls (Excel 97-2003 / WPS et)", "xlsx", "xlsx"]);
  expect(stdout + stderr).not.toContain(PASSWORD);
  const zip = await ZipArchive.open(join(dir, "report.xlsx"));
  try {
    for (const part of zip.entries.keys())
      expect({ part, text: await zip.readText(part) }).not.toEqual({ part, text: expect.stringContaining(PASSWORD) });
  } finally {
    zip.close();
  }
});

test("a wrong --password says the password is wrong, and does not echo it", () => {
  const { report, stdout, stderr } = check("--password", "质标2020");
  expect(statuses(report).slice(0, 5)).toEqual([
    ["encrypted-agile.xlsx", "unreadable"],
    ["encrypted-libreoffice-gcm.ods", "unreadable"],
    ["encrypted-libreoffice.ods", "unreadable"],
    ["encrypted-libreoffice.xls", "unreadable"],
    ["encrypted-standard.xlsx", "unreadable"],
  ]);
  for (const f of report.files.slice(0, 5)) expect(f.issues[0]!.message).toMatch(/密码不正确.*password is wrong/);
  expect(stdout + stderr).not.toContain("质标2020");
});
