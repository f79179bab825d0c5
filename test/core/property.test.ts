import fc from "fast-check";
import { CHECKS } from "../../src/core/checks";
import { validateForm } from "../../src/core/checks/validate";
import { formSpec } from "../../src/core/form/formSpec";
import { parseAddress } from "../../src/core/grid/address";
import { gridBottom, gridRight, type Grid } from "../../src/core/grid/grid";
import { isIssueCode } from "../../src/core/issues/registry";
import type { Issue } from "../../src/core/issues/issue";
import { readForm } from "../../src/core/reader";
import { options } from "../helpers/form";
import { grid } from "../helpers/gridArbitrary";

function insideGrid(issue: Issue, sheets: readonly Grid[]): boolean {
  if (issue.cell === undefined) return true;
  const at = parseAddress(issue.cell);
  const sheet = sheets.find((g) => g.sheet === issue.sheet);
  if (at === undefined || sheet === undefined) return false;
  return at.row >= sheet.origin.row && at.row <= gridBottom(sheet) && at.col >= sheet.origin.col && at.col <= gridRight(sheet);
}

describe("reading and validating any grid", () => {
  it("never throws, and every issue has a known code, a severity and a cell inside the grid", () => {
    const spec = formSpec(2021);
    fc.assert(
      fc.property(fc.array(grid, { minLength: 1, maxLength: 2 }), (sheets) => {
        const named = sheets.map((g, i) => ({ ...g, sheet: `${i}:${g.sheet}` }));
        const read = readForm(named, spec);
        const issues = read.form === undefined ? read.issues : [...read.issues, ...validateForm(read.form, options(), CHECKS)];
        for (const issue of issues) {
          expect(isIssueCode(issue.code)).toBe(true);
          expect(["error", "warning"]).toContain(issue.severity);
          expect(insideGrid(issue, named)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
