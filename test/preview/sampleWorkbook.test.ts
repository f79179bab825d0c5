import { validateForm } from "../../src/core/checks/validate";
import { formSpec } from "../../src/core/form/formSpec";
import { readForm } from "../../src/core/reader";
import { regionByName } from "../../src/core/reference/regions";
import { sampleWorkbook } from "../../src/preview/sample/sampleWorkbook";

describe("the preview's sample workbook", () => {
  it("is the generated form, filled, with exactly the mistakes its rows are meant to show", async () => {
    const today = new Date(2026, 10, 25);
    const book = await sampleWorkbook(2026, today);
    const grids = await book.readWorkbook();
    const { form, issues: structural } = readForm(grids, formSpec(2026));
    expect(structural).toEqual([]);
    expect(form?.sheet).toBe("申报企业统计表");
    expect(form?.rows).toHaveLength(5);
    const issues = validateForm(form!, { spec: formSpec(2026), region: regionByName("浙江省")!, today });
    const found = issues.map((i) => `${i.code}@${i.cell ?? i.row}`).sort();
    expect(found).toEqual(
      [
        "amount-text-number@F7",
        "city-county-level@D8",
        "city-normalizable@D7",
        "phone-invalid@L9",
        "profit-not-positive@I9",
        "remark-year-missing@M10",
        "seq-invalid@A10",
        "tax-less-than-profit@H8",
      ].sort(),
    );
  });
});
