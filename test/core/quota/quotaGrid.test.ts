import type { CellValue } from "../../../src/core/grid/cell";
import type { Grid } from "../../../src/core/grid/grid";
import { quotaTableFromGrid } from "../../../src/core/quota/quotaGrid";

function grid(values: CellValue[][], origin = { row: 1, col: 1 }): Grid {
  return { sheet: "名额", origin, values, merges: [] };
}

describe("quotaTableFromGrid", () => {
  it("reads 推荐单位 | 名额 under a title", () => {
    const result = quotaTableFromGrid(
      grid([
        ["2021年质量标杆推荐名额分配表"],
        [],
        ["序号", "推荐单位", "推荐名额", "备注"],
        [1, "浙江省经济和信息化厅", 10, "含宁波"],
        [2, "江苏省工业和信息化厅", "12", null],
        [null, null, null],
        ["合计", "合计", 22],
      ]),
    );
    expect(result).toEqual({
      units: [
        { unit: "浙江省经济和信息化厅", total: 10 },
        { unit: "江苏省工业和信息化厅", total: 12 },
      ],
    });
  });

  it("reads the optional limit columns", () => {
    const result = quotaTableFromGrid(
      grid([
        ["推荐单位", "名额", "往年省质量标杆", "门类C制造业", "大类39", "杭州市名额"],
        ["浙江省经信厅", 10, 3, 8, 2, null],
      ]),
    );
    expect(result).toEqual({
      units: [{ unit: "浙江省经信厅", total: 10, earlierBenchmarks: 3, perSection: { C: 8 }, perDivision: { "39": 2 } }],
    });
  });

  it("names the cell of a limit that is no non-negative integer, in worksheet coordinates", () => {
    const result = quotaTableFromGrid(
      grid(
        [
          ["推荐单位", "名额"],
          ["浙江省经信厅", "十个"],
        ],
        { row: 3, col: 2 },
      ),
    );
    expect(result).toEqual({ error: "C4：名额“十个”不是非负整数" });
    expect(
      quotaTableFromGrid(
        grid([
          ["推荐单位", "名额"],
          ["甲", 2.5],
        ]),
      ),
    ).toEqual({ error: "B2：名额“2.5”不是非负整数" });
  });

  it("says so when there is no such header", () => {
    const result = quotaTableFromGrid(
      grid([
        ["单位", "人数"],
        ["甲", 1],
      ]),
    );
    expect("error" in result && result.error).toMatch(/推荐单位.*名额/);
  });
});
