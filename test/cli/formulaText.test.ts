import { join } from "node:path";
import { regionByName } from "../../src/core/reference";
import { templateLayout } from "../../src/core/template/buildLayout";
import { writeTemplateWorkbook } from "../../src/xlsx/writeTemplate";
import { ZipArchive } from "../../src/xlsx/zip";
import { filledWorkbook, writeWorkbook, ZHEJIANG_FORM } from "../../scripts/lib/formWorkbook";
import { FORMULA_PAYLOADS, formulasIn } from "../helpers/formulaPayloads";
import { ensureBuilt, qbench, tempDir } from "./qbench";

jest.setTimeout(300_000);

/** XML turns a carriage return into a line feed unless it is escaped; a payload is found in either form. */
const asRead = (payload: string) => [payload, payload.replace(/\r/g, "\n")];

describe(`${FORMULA_PAYLOADS.length} formula-like texts stay text in every workbook qbench writes`, () => {
  test("qbench check --report: every payload, in every text column of the form, comes back as text and none as a formula", async () => {
    ensureBuilt();
    const dir = tempDir();
    const rows = FORMULA_PAYLOADS.map((p, i) => ({
      ...ZHEJIANG_FORM.rows[i % ZHEJIANG_FORM.rows.length]!,
      seq: i + 1,
      enterprise: p,
      experience: p,
      contact: p,
      remark: p,
    }));
    await writeWorkbook(filledWorkbook({ ...ZHEJIANG_FORM, filler: "=1+1", rows }).workbook, join(dir, "form.xlsx"));
    const run = qbench(["check", join(dir, "form.xlsx"), "--report", join(dir, "report.xlsx"), "--today", "2021-06-20", "--json"]);
    expect(run.status).toBeLessThan(2);

    const { formulas, texts } = await formulasIn(join(dir, "report.xlsx"));
    expect(formulas).toEqual([]);
    const missing = FORMULA_PAYLOADS.filter((p) => !asRead(p).some((t) => texts.has(t)));
    expect(missing).toEqual([]);

    const zip = await ZipArchive.open(join(dir, "report.xlsx"));
    try {
      for (const name of [...zip.entries.keys()].filter((n) => n.startsWith("xl/worksheets/")))
        expect(await zip.readText(name)).not.toMatch(/<f[ >]/);
    } finally {
      zip.close();
    }
  });

  test("the template (qbench template and the web page): every payload as 推荐单位, 填报人 or 联系电话 stays text", async () => {
    const region = regionByName("浙江省")!;
    for (let i = 0; i < FORMULA_PAYLOADS.length; i += 3) {
      const [unit, filler, phone] = [0, 1, 2].map((k) => FORMULA_PAYLOADS[(i + k) % FORMULA_PAYLOADS.length]!);
      const layout = templateLayout({ year: 2021, region, unit: unit!, filler: filler!, phone: phone! });
      const { formulas, texts } = await formulasIn(await writeTemplateWorkbook(layout).xlsx.writeBuffer());
      expect(formulas).toEqual([]);
      for (const p of [unit!, filler!, phone!]) expect({ p, found: asRead(p).some((t) => texts.has(t)) }).toEqual({ p, found: true });
    }
  });
});
