import { CHECKS } from "../../../src/core/checks";
import { validateForm } from "../../../src/core/checks/validate";
import { GOOD_ROW, goodRows, makeForm, options, type RowInput } from "../../helpers/form";

/** A distinct trade name for row `i`, so that 600 rows name 600 enterprises. */
function brand(i: number): string {
  const chars = "恒远卓信博能鼎益隆凯越恩泽汇瑞精诚睿达昊";
  return chars[i % 20]! + chars[Math.floor(i / 20) % 20]! + chars[Math.floor(i / 400) % 20]!;
}

function distinctRows(count: number): RowInput[] {
  return goodRows(
    ...Array.from({ length: count }, (_r, i) => ({
      enterprise: `杭州${brand(i)}精密机械有限公司`,
      experience: `${brand(i)}实施卓越绩效管理的经验`,
      phone: `139${String(i).padStart(8, "0")}`,
    })),
  );
}

describe("validateForm", () => {
  it("reports issues row by row, in the order of the checks within a row, then what the end hooks find", () => {
    const rows = distinctRows(600);
    for (const i of [1, 299, 598]) rows[i] = { ...rows[i], city: "杭州", profit: -5 };
    rows[598] = { ...rows[598], enterprise: rows[1]!.enterprise ?? null, experience: `${brand(1)}推行数字化质量管控的经验` };
    const issues = validateForm(makeForm(rows), options());

    expect(issues.map((i) => [i.cell, i.code])).toEqual([
      ["I6", "profit-not-positive"],
      ["D6", "city-normalizable"],
      ["I304", "profit-not-positive"],
      ["D304", "city-normalizable"],
      ["I603", "profit-not-positive"],
      ["D603", "city-normalizable"],
      ["B603", "enterprise-duplicate"],
    ]);
    const checkOf = (code: string) => CHECKS.findIndex((c) => c.codes.some((k) => k === code));
    expect(checkOf("profit-not-positive")).toBeLessThan(checkOf("city-normalizable"));
  });

  it("tells apart rows whose worksheet row numbers are far apart but close in the sheet", () => {
    const form = makeForm(
      goodRows(
        { enterprise: "宁波方太厨具有限公司", experience: "方太实施质量管理的经验", phone: "13912345678" },
        { enterprise: GOOD_ROW.enterprise, experience: GOOD_ROW.experience, phone: "13987654321" },
      ),
    );
    // Rows 5 and 5 + 1024 are next to each other once the rows between are filtered out.
    const far = { ...form, rows: [form.rows[0]!, { ...form.rows[1]!, rowNumber: 1029 }] };
    expect(validateForm(far, options())).toEqual([]);
  });
});
