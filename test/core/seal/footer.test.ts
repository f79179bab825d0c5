import { FOOTER_LIMIT, sealedFooter, sealFooterLeft, splitFooter } from "../../../src/core/seal/footer";
import { sealCodeOf } from "../../../src/core/seal/code";
import type { SealRecord } from "../../../src/core/seal/record";

const RECORD: SealRecord = {
  version: "qbench-seal-v2",
  unit: "浙江省经济和信息化厅",
  sealedBy: "李明",
  sealedAt: "2021-03-15T02:24:00.000Z",
  year: 2021,
  sheet: "申报企业统计表",
  rowCount: 4,
  quotaUsed: [],
  confirmedWarnings: [],
  toolVersion: "0.1.0",
  digest: "a".repeat(64),
  snapshot: {},
  sheets: ["申报企业统计表"],
};

describe("the sealed footer", () => {
  it("puts the code, the unit, who sealed, when (China time) and the count left, the page numbers right", () => {
    const code = sealCodeOf(RECORD.digest);
    expect(sealedFooter(RECORD, "")).toBe(
      `&L封存码 ${code} · 浙江省经济和信息化厅 · 李明 · 2021-03-15 10:24（北京时间） · 共 4 家&R第 &P 页，共 &N 页`,
    );
  });

  it("keeps the clerk's centre section, and does not number the pages twice when it already does", () => {
    expect(sealedFooter(RECORD, "&L旧的左边&C机密&R旧的右边")).toMatch(/&C机密&R第 &P 页，共 &N 页$/);
    expect(sealedFooter(RECORD, "&C第 &P 页，共 &N 页")).toMatch(/共 4 家&C第 &P 页，共 &N 页$/);
  });

  it("writes a literal ampersand in a name as && so that it is no footer code", () => {
    expect(sealFooterLeft({ ...RECORD, sealedBy: "A&B" })).toContain(" · A&&B · ");
  });

  it("stays within Excel's 255 characters: a long centre goes first, then the unit is shortened, never the code", () => {
    const long = { ...RECORD, unit: "很长的单位名称".repeat(60) };
    const footer = sealedFooter(long, `&C${"备注".repeat(100)}`);
    expect(footer.length).toBeLessThanOrEqual(FOOTER_LIMIT);
    expect(footer).toContain(`封存码 ${sealCodeOf(RECORD.digest)} · 很长的单位名称`);
    expect(footer).toContain("· 李明 · 2021-03-15 10:24（北京时间） · 共 4 家&R第 &P 页，共 &N 页");
    expect(footer).not.toContain("备注");
  });

  it("splits a footer into its sections; text before any code is the centre", () => {
    expect(splitFooter("页脚&L左&&右&R右")).toEqual({ left: "左&&右", center: "页脚", right: "右" });
  });
});
