import { seqCheck } from "../../src/core/checks/seq";
import { goodRows, makeForm, runCheck } from "../helpers/form";

describe("seq-invalid", () => {
  it("accepts 1, 2, 3 in order", () => {
    expect(runCheck(seqCheck, makeForm(goodRows({}, {}, {})))).toEqual([]);
  });

  it("accepts numbers stored as text", () => {
    expect(runCheck(seqCheck, makeForm(goodRows({ seq: "1" }, { seq: " 2 " })))).toEqual([]);
  });

  it("flags a gap and offers the expected number as the fix, at the real cell", () => {
    const issues = runCheck(seqCheck, makeForm(goodRows({ seq: 1 }, { seq: 3 }, { seq: 4 })));
    expect(issues.map((i) => [i.code, i.cell, i.value, i.fix])).toEqual([
      ["seq-invalid", "A6", 3, 2],
      ["seq-invalid", "A7", 4, 3],
    ]);
    expect(issues[0]!.severity).toBe("warning");
    expect(issues[0]!.column).toBe("序号");
  });

  it("leaves a blank 序号 to value-missing", () => {
    expect(runCheck(seqCheck, makeForm(goodRows({ seq: null })))).toEqual([]);
  });
});
