import { divisionByCode, isIndustrial, matchIndustry, sectionOf } from "../../../src/core/reference";

const COMPUTERS = "计算机、通信和其他电子设备制造业";

describe("matchIndustry", () => {
  it("accepts the plain division name as exact", () => {
    expect(matchIndustry(COMPUTERS)).toEqual({ kind: "division", division: divisionByCode("39"), exact: true });
    expect(matchIndustry(` ${COMPUTERS} `)).toMatchObject({ exact: true });
  });

  it.each([
    "39",
    "C39",
    "c39",
    "Ｃ３９",
    `C39 ${COMPUTERS}`,
    `39-${COMPUTERS}`,
    `（39）${COMPUTERS}`,
    `${COMPUTERS}（C39）`,
    "C39 计算机",
    "计算机，通信和其他电子设备制造业",
    "计算机 通信和其他电子设备制造业",
  ])("reads %j as division 39, not exact", (value) => {
    const match = matchIndustry(value);
    expect(match).toMatchObject({ kind: "division", exact: false });
    expect(match.kind === "division" && match.division.code).toBe("39");
  });

  it("reads a one-digit code as the division with a leading zero", () => {
    expect(matchIndustry("6")).toMatchObject({ kind: "division", division: { code: "06", name: "煤炭开采和洗选业" } });
  });

  it.each(["B39", "39 农业", "98", "00", "390", "制造业", "汽车整车制造", "", "xyz", "#N/A"])("rejects %j", (value) => {
    expect(matchIndustry(value)).toEqual({ kind: "unknown" });
  });

  it("reports the section of a division outside industry", () => {
    expect(matchIndustry("批发业")).toEqual({
      kind: "division",
      exact: true,
      division: { code: "51", name: "批发业", section: "F", sectionName: "批发和零售业" },
    });
  });
});

describe("sectionOf and isIndustrial", () => {
  it("finds the section of a division code or a section letter", () => {
    expect(sectionOf("39")).toEqual({ code: "C", name: "制造业" });
    expect(sectionOf("06")).toEqual({ code: "B", name: "采矿业" });
    expect(sectionOf("D")).toEqual({ code: "D", name: "电力、热力、燃气及水生产和供应业" });
    expect(sectionOf("99")).toBeUndefined();
    expect(sectionOf("Z")).toBeUndefined();
  });

  it("counts B 06–12, C 13–43 and D 44–46 as industry, nothing else", () => {
    const industrial = ["05", "06", "12", "13", "43", "44", "46", "47", "51"].filter((c) => isIndustrial(divisionByCode(c)!));
    expect(industrial).toEqual(["06", "12", "13", "43", "44", "46"]);
  });
});
