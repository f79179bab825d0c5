import { phoneSharedCheck } from "../../../src/core/checks/phoneShared";
import { renderMessage } from "../../../src/core/issues/render";
import { goodRows, makeForm, runCheck } from "../../helpers/form";

describe("phone-shared", () => {
  it("accepts one number per enterprise", () => {
    const rows = goodRows({ enterprise: "甲有限公司", phone: "13912345678" }, { enterprise: "乙有限公司", phone: "13812345678" });
    expect(runCheck(phoneSharedCheck, makeForm(rows))).toEqual([]);
  });

  it("warns at the later row of another enterprise, pointing at the first", () => {
    const rows = goodRows(
      { enterprise: "甲有限公司", phone: "13912345678" },
      { enterprise: "乙有限公司", phone: "13812345678" },
      { enterprise: "丙有限公司", phone: "139 1234 5678" },
    );
    const issues = runCheck(phoneSharedCheck, makeForm(rows));
    expect(issues.map((i) => [i.code, i.cell, i.severity, i.value, i.params])).toEqual([
      ["phone-shared", "L7", "warning", "13912345678", { otherRow: 5 }],
    ]);
    expect(renderMessage(issues[0]!, "zh")).toBe("电话 13912345678 同时用于不同企业（另见第 5 行）");
    expect(renderMessage(issues[0]!, "en")).toBe("Phone 13912345678 is given for different enterprises (see also row 5)");
  });

  it("finds a number among several in a cell", () => {
    const rows = goodRows(
      { enterprise: "甲有限公司", phone: "0571-87654321" },
      { enterprise: "乙有限公司", phone: "13812345678、(0571)87654321" },
    );
    expect(runCheck(phoneSharedCheck, makeForm(rows)).map((i) => [i.row, i.value])).toEqual([[6, "0571-87654321"]]);
  });

  it("leaves one enterprise written twice to enterprise-duplicate", () => {
    const rows = goodRows({ enterprise: "甲有限公司", phone: "13912345678" }, { enterprise: "甲 有限公司", phone: "13912345678" });
    expect(runCheck(phoneSharedCheck, makeForm(rows))).toEqual([]);
  });

  it("tells a switchboard's extensions apart", () => {
    const rows = goodRows(
      { enterprise: "甲有限公司", phone: "0571-87654321转101" },
      { enterprise: "乙有限公司", phone: "0571-87654321转102" },
    );
    expect(runCheck(phoneSharedCheck, makeForm(rows))).toEqual([]);
  });

  it("ignores rows without an enterprise or a phone", () => {
    const rows = goodRows({ enterprise: null, phone: "13912345678" }, { enterprise: "乙有限公司", phone: "13912345678" }, { phone: null });
    expect(runCheck(phoneSharedCheck, makeForm(rows))).toEqual([]);
  });
});
