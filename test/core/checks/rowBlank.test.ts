import { rowBlankCheck } from "../../../src/core/checks/rowBlank";
import { renderMessage } from "../../../src/core/issues/render";
import { goodRows, makeForm, runCheck } from "../../helpers/form";

describe("row-blank", () => {
  it("is quiet without blank rows", () => {
    expect(runCheck(rowBlankCheck, makeForm(goodRows({}, {})))).toEqual([]);
  });

  it("warns once per blank row, at its row", () => {
    const issues = runCheck(rowBlankCheck, makeForm(goodRows({}, {}), { blankRows: [6, 8] }));
    expect(issues.map((i) => [i.code, i.row, i.severity])).toEqual([
      ["row-blank", 6, "warning"],
      ["row-blank", 8, "warning"],
    ]);
    expect(renderMessage(issues[0]!, "zh")).toBe("第 6 行为空行，位于数据行之间");
    expect(renderMessage(issues[0]!, "en")).toBe("Row 6 is blank between data rows");
  });
});
