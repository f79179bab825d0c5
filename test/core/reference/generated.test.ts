import { readFileSync } from "node:fs";
import { generatedFiles } from "../../../scripts/gen-reference";
import { provinceTable } from "../../../src/core/reference/divisionTable";
import { listDivisions, listSections } from "../../../src/core/reference/industries";

describe("generated reference tables", () => {
  it("are what the generator writes today (deterministic, not stale)", () => {
    for (const [path, text] of generatedFiles()) {
      expect(readFileSync(path, "utf8")).toBe(text);
    }
  });

  it("stay small enough to bundle into the task pane", () => {
    const bytes = generatedFiles().reduce((sum, [, text]) => sum + Buffer.byteLength(text, "utf8"), 0);
    expect(bytes).toBeLessThan(150 * 1024);
  });

  it("hold the 20 sections and 97 divisions of GB/T 4754-2017", () => {
    expect(
      listSections()
        .map((s) => s.code)
        .join(""),
    ).toBe("ABCDEFGHIJKLMNOPQRST");
    expect(listDivisions()).toHaveLength(97);
    expect(listDivisions()[0]).toEqual({ code: "01", name: "农业", section: "A", sectionName: "农、林、牧、渔业" });
    expect(listDivisions().at(-1)).toEqual({ code: "97", name: "国际组织", section: "T", sectionName: "国际组织" });
  });

  it("hold 31 province-level regions and 333 prefecture-level divisions (293 市, 7 地区, 30 自治州, 3 盟)", () => {
    expect(provinceTable()).toHaveLength(31);
    const prefectures = provinceTable().flatMap((p) => p.values.filter((v) => v.kind === "prefecture"));
    expect(prefectures).toHaveLength(333);
    const ending = (suffix: string) => prefectures.filter((v) => v.name.endsWith(suffix)).length;
    expect([ending("市"), ending("地区"), ending("自治州"), ending("盟")]).toEqual([293, 7, 30, 3]);
  });

  it("lift the children of the pseudo-prefectures 省直辖县级行政区划 and drop the pseudo names", () => {
    const all = provinceTable().flatMap((p) => p.values.map((v) => v.name));
    expect(all).toEqual(expect.arrayContaining(["济源市", "仙桃市", "神农架林区", "五指山市", "石河子市"]));
    expect(all.filter((n) => /直辖|^市辖区$|^县$/.test(n))).toEqual([]);
  });
});
