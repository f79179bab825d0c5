import fc from "fast-check";
import { CHECKS } from "../../../src/core/checks";
import type { Check } from "../../../src/core/checks/check";
import { seqCheck } from "../../../src/core/checks/seq";
import { validateForm } from "../../../src/core/checks/validate";
import { COLUMN_KEYS } from "../../../src/core/form/columns";
import type { FormSheet } from "../../../src/core/form/formSheet";
import { formSpec } from "../../../src/core/form/formSpec";
import type { CellValue } from "../../../src/core/grid/cell";
import { ISSUES } from "../../../src/core/issues/registry";
import { readForm } from "../../../src/core/reader";
import { goodRows, makeForm, options, type RowInput } from "../../helpers/form";
import { grid } from "../../helpers/gridArbitrary";

/** Every finding of `check` over `form` whose code the check does not declare, or whose fix its code does not allow. */
function undeclared(check: Check, form: FormSheet): string[] {
  return validateForm(form, options(), [check]).flatMap((i) => [
    ...(check.codes.includes(i.code) ? [] : [`${check.type} raised ${i.code}`]),
    ...(i.fix !== undefined && !ISSUES[i.code].fixable ? [`${i.code} carries a fix but is not fixable`] : []),
  ]);
}

/** Values that break one rule or another, tried in every column. */
const BAD_VALUES: readonly CellValue[] = [
  null,
  "",
  " ",
  -5,
  0,
  "3,200",
  "约三千万",
  5e9,
  "杭州",
  "余姚市",
  "苏州市",
  "鼓楼区",
  "软件和信息技术服务业",
  "高新技术产业",
  "39",
  "张经理",
  "王芳13912345678",
  "138 1234 5678",
  13912345678,
  "12345",
  "往年省质量标杆",
  "2030年省质量标杆",
  "某某(杭州)有限公司*",
  "某某科技",
  "长".repeat(45),
  "合计",
  { error: "#N/A" },
  new Date(Date.UTC(2031, 0, 1)),
];

function badForms(): FormSheet[] {
  const forms: FormSheet[] = [
    makeForm(goodRows({}, {}, { seq: 5 })),
    makeForm(goodRows({}, { enterprise: "杭州海康威视数字技术股份有限公司" })),
  ];
  for (const key of COLUMN_KEYS) {
    for (const value of BAD_VALUES) {
      const rows: RowInput[] = goodRows({ [key]: value }, {}, { [key]: value, seq: 3 });
      forms.push(makeForm(rows));
    }
  }
  return forms;
}

describe("every check declares the codes it raises", () => {
  it("catches a check that raises a code it does not declare (the test can fail)", () => {
    const lying: Check = { ...seqCheck, codes: [] };
    expect(undeclared(lying, makeForm(goodRows({}, { seq: 7 })))).toEqual(["seq-sequence raised seq-invalid"]);
  });

  it.each(CHECKS.map((c) => [c.type, c] as const))("%s raises only its declared codes over the bad-value forms", (_type, check) => {
    for (const form of badForms()) expect(undeclared(check, form)).toEqual([]);
  });

  it("raises only declared codes over random grids", () => {
    const spec = formSpec(2021);
    fc.assert(
      fc.property(grid, (sheet) => {
        const form = readForm([sheet], spec).form;
        if (form === undefined) return;
        for (const check of CHECKS) expect(undeclared(check, form)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
