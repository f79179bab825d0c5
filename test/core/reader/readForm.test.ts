import { formSpec } from "../../../src/core/form/formSpec";
import type { CellValue } from "../../../src/core/grid/cell";
import { readForm } from "../../../src/core/reader";
import { FORM_HEADINGS } from "../../helpers/formRows";
import { enterprise, grid, templateRows } from "./sheets";
import { param } from "../../helpers/issues";

const spec = formSpec(2021);
const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

describe("readForm on the template layout", () => {
  const result = readForm([grid(templateRows([enterprise(1), enterprise(2), enterprise(3)]))], spec);
  const form = result.form!;

  it("finds the header on row 4 with every column in place and no issues", () => {
    expect(result.issues).toEqual([]);
    expect(form.sheet).toBe("Sheet1");
    expect(form.headerRow).toBe(4);
    expect(form.columnPositions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it("keeps the worksheet row number and the raw values of every data row", () => {
    expect(form.rows.map((r) => r.rowNumber)).toEqual([5, 6, 7]);
    expect(form.rows[1]!.values).toEqual(enterprise(2));
    expect(form.blankRows).toEqual([]);
    expect(form.totalRow).toBeUndefined();
  });

  it("reads the title, its year, the four header fields with their cells, and the money unit", () => {
    expect(form.title).toEqual({ value: "2021年工业企业质量标杆申报企业统计表", cell: "A2" });
    expect(form.titleYear).toBe(2021);
    expect(form.header).toEqual({
      unit: { value: "浙江省经济和信息化厅", cell: "C3" },
      filler: { value: "李明", cell: "F3" },
      fillerPhone: { value: "0571-87654321", cell: "I3" },
      date: { value: "2021年6月1日", cell: "L3" },
    });
    expect(form.moneyUnit).toBe("万元");
  });
});

describe("finding the header wherever it is", () => {
  it("reads a table that starts at column C on row 7 of a grid whose origin is not A1", () => {
    const pad = (cells: CellValue[]) => [null, ...cells];
    const values = [
      pad(["2021年工业企业质量标杆申报企业统计表"]),
      [],
      pad(["推荐单位（盖章）：浙江省经济和信息化厅"]),
      [],
      pad([...FORM_HEADINGS]),
      pad(enterprise(1)),
    ];
    const form = readForm([grid(values, { origin: { row: 3, col: 2 } })], spec).form!;
    expect(form.headerRow).toBe(7);
    expect(form.columnPositions[0]).toBe(3);
    expect(form.columnPositions[12]).toBe(15);
    expect(form.rows.map((r) => r.rowNumber)).toEqual([8]);
    expect(form.rows[0]!.values).toEqual(enterprise(1));
    expect(form.title?.cell).toBe("C3");
    expect(form.header.unit).toEqual({ value: "浙江省经济和信息化厅", cell: "C5" });
  });

  it("keeps the header above the data when a fuller copy of it is pasted far below", () => {
    const headings = FORM_HEADINGS.map((h) => (h === "职务" ? "联系人职称" : h));
    const data = Array.from({ length: 600 }, (_r, i) => enterprise(i + 1));
    const form = readForm([grid([headings, ...data, [...FORM_HEADINGS], enterprise(601)])], spec).form!;
    expect(form.headerRow).toBe(1);
    expect(form.columnPositions[10]).toBeUndefined();
    expect(form.rows).toHaveLength(601);
  });

  it("finds a header on row 1 with no header block at all", () => {
    const form = readForm([grid([[...FORM_HEADINGS], enterprise(1)])], spec).form!;
    expect(form.headerRow).toBe(1);
    expect(form.rows.map((r) => r.rowNumber)).toEqual([2]);
    expect(form.header).toEqual({});
    expect(form.title).toBeUndefined();
  });

  it("ignores spaces, line breaks, bracket widths and unit suffixes, and accepts what clerks write instead", () => {
    const headings = [
      "序 号",
      "企业名称",
      "经验\n名称",
      "城市",
      "行业",
      "资产总额（万元）",
      "营业收入\n（万元）",
      "利税总额(万元)",
      "利润总额 万元",
      "联系人",
      "职　务",
      "联系电话",
      "备注",
    ];
    const result = readForm([grid([headings, enterprise(1)])], spec);
    expect(result.issues).toEqual([]);
    expect(result.form!.columnPositions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(result.form!.moneyUnit).toBe("万元");
  });

  it.each([["地市"], ["所在市"], ["城市"]])("takes %s as 所在市", (city) => {
    const headings = FORM_HEADINGS.map((h) => (h === "所在市" ? city : h));
    expect(readForm([grid([headings])], spec).form!.columnPositions[3]).toBe(4);
  });

  it("does not take the header block's 联系电话： label for a header row", () => {
    const values = [["推荐单位（盖章）：", null, "联系电话：", "13912345678", "所在市"], [...FORM_HEADINGS]];
    const form = readForm([grid(values)], spec).form!;
    expect(form.headerRow).toBe(2);
    expect(form.header.fillerPhone).toEqual({ value: "13912345678", cell: "D1" });
  });

  it("reports sheet-not-found when no sheet carries most of the columns", () => {
    const values = [
      ["联系电话：", "13912345678"],
      ["序号", "企业名称", "所在市", "备注"],
      [1, "某公司", "杭州市", null],
    ];
    const result = readForm([grid(values, { sheet: "数据" })], spec);
    expect(result.form).toBeUndefined();
    expect(result.issues).toEqual([{ code: "sheet-not-found", severity: "error", sheet: "数据" }]);
  });

  it("reports sheet-not-found for a workbook without sheets or with empty ones", () => {
    expect(codes(readForm([], spec).issues)).toEqual(["sheet-not-found"]);
    expect(codes(readForm([grid([])], spec).issues)).toEqual(["sheet-not-found"]);
  });

  it("picks the sheet with the best header, the first of equals", () => {
    const partial = FORM_HEADINGS.slice(0, 10);
    const sheets = [
      grid([["说明"]], { sheet: "说明" }),
      grid([partial], { sheet: "草稿" }),
      grid([[...FORM_HEADINGS], enterprise(1)], { sheet: "附件3" }),
      grid([[...FORM_HEADINGS]], { sheet: "副本" }),
    ];
    expect(readForm(sheets, spec).form!.sheet).toBe("附件3");
  });
});

describe("two-row headers", () => {
  it("reads 经济指标（万元） merged over the money columns, with the other headings merged down", () => {
    const upper: CellValue[] = FORM_HEADINGS.map((h, i) => (i >= 5 && i <= 8 ? null : h));
    upper[5] = "经济指标（万元）";
    const lower: CellValue[] = FORM_HEADINGS.map((h, i) => (i >= 5 && i <= 8 ? h : null));
    const merges = ["F4:I4", ...["A", "B", "C", "D", "E", "J", "K", "L", "M"].map((c) => `${c}4:${c}5`)];
    const values = [["附件3"], ["2021年工业企业质量标杆申报企业统计表"], ["填报人：李明"], upper, lower, enterprise(1)];
    const result = readForm([grid(values, { merges })], spec);
    expect(result.issues).toEqual([]);
    const form = result.form!;
    expect(form.headerRow).toBe(5);
    expect(form.columnPositions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(form.rows.map((r) => r.rowNumber)).toEqual([6]);
    expect(form.moneyUnit).toBe("万元");
    expect(form.header.filler).toEqual({ value: "李明", cell: "A3" });
  });

  it("reads 姓名 under a 联系人 group heading as the contact column", () => {
    const upper: CellValue[] = FORM_HEADINGS.map((h, i) => (i === 9 ? "联系人" : i === 10 || i === 11 ? null : h));
    const lower: CellValue[] = FORM_HEADINGS.map((h, i) => (i === 9 ? "姓名" : i === 10 ? h : i === 11 ? "电话" : null));
    const merges = ["J1:L1", ...["A", "B", "C", "D", "E", "F", "G", "H", "I", "M"].map((c) => `${c}1:${c}2`)];
    const result = readForm([grid([upper, lower, enterprise(1)], { merges })], spec);
    expect(result.issues).toEqual([]);
    expect(result.form!.headerRow).toBe(2);
    expect(result.form!.rows[0]!.values).toEqual(enterprise(1));
  });

  it("reads a two-row header typed without merges", () => {
    const upper: CellValue[] = FORM_HEADINGS.map((h, i) => (i >= 5 && i <= 8 ? (i === 5 ? "经济指标" : null) : h));
    const lower: CellValue[] = FORM_HEADINGS.map((h, i) => (i >= 5 && i <= 8 ? h : null));
    const result = readForm([grid([upper, lower, enterprise(1)])], spec);
    expect(result.issues).toEqual([]);
    expect(result.form!.headerRow).toBe(2);
    expect(result.form!.rows.map((r) => r.rowNumber)).toEqual([3]);
  });

  describe("pasted again inside the table after a page break", () => {
    const upper: CellValue[] = FORM_HEADINGS.map((h, i) => (i >= 5 && i <= 8 ? null : h));
    upper[5] = "经济指标（万元）";
    const lower: CellValue[] = FORM_HEADINGS.map((h, i) => (i >= 5 && i <= 8 ? h : null));
    /** The header's merges with its upper row at `row`: 经济指标 across, the ten other headings down. */
    const headerMerges = (row: number) => [
      `F${row}:I${row}`,
      ...["A", "B", "C", "D", "E", "J", "K", "L", "M"].map((c) => `${c}${row}:${c}${row + 1}`),
    ];

    it("skips both rows, and their merges are not merged data cells", () => {
      const values = [upper, lower, enterprise(1), enterprise(2), upper, lower, enterprise(3)];
      const result = readForm([grid(values, { merges: [...headerMerges(1), ...headerMerges(5)] })], spec);
      expect(result.issues).toEqual([]);
      expect(result.form!.rows.map((r) => [r.rowNumber, r.values[0]])).toEqual([
        [3, 1],
        [4, 2],
        [7, 3],
      ]);
      expect(result.form!.blankRows).toEqual([]);
    });

    it("skips both rows pasted without their merges", () => {
      const values = [upper, lower, enterprise(1), upper, lower, enterprise(2)];
      const result = readForm([grid(values, { merges: headerMerges(1) })], spec);
      expect(result.issues).toEqual([]);
      expect(result.form!.rows.map((r) => r.rowNumber)).toEqual([3, 6]);
    });

    it("still warns of a merge in the data rows beside a repeated header", () => {
      const values = [upper, lower, enterprise(1), upper, lower, enterprise(2), enterprise(3)];
      const result = readForm([grid(values, { merges: [...headerMerges(1), ...headerMerges(4), "D6:D7"] })], spec);
      expect(result.issues).toMatchObject([{ code: "merged-data-cells", cell: "D6", params: { range: "D6:D7" } }]);
      expect(result.issues).toHaveLength(1);
    });
  });

  it("reads a one-row header merged down over two rows", () => {
    const merges = FORM_HEADINGS.map((_h, i) => `${String.fromCharCode(65 + i)}1:${String.fromCharCode(65 + i)}2`);
    const form = readForm([grid([[...FORM_HEADINGS], [], enterprise(1)], { merges })], spec).form!;
    expect(form.headerRow).toBe(2);
    expect(form.rows.map((r) => r.rowNumber)).toEqual([3]);
  });
});

describe("the header block", () => {
  const withBlock = (...block: CellValue[][]) => readForm([grid([...block, [...FORM_HEADINGS], enterprise(1)])], spec).form!;

  it("takes the value from the next non-empty cell to the right, past blanks", () => {
    const form = withBlock(["填报人：", null, null, "张三", "联系电话：", null, "13912345678"]);
    expect(form.header.filler).toEqual({ value: "张三", cell: "D1" });
    expect(form.header.fillerPhone).toEqual({ value: "13912345678", cell: "G1" });
  });

  it("keeps a Date or an Excel serial number as the raw 时间 value", () => {
    const date = new Date(Date.UTC(2021, 5, 1));
    expect(withBlock(["时间：", date]).header.date).toEqual({ value: date, cell: "B1" });
    expect(withBlock(["填报日期", 44348]).header.date).toEqual({ value: 44348, cell: "B1" });
  });

  it("keeps the template's unfilled date placeholder raw, for the checks to judge", () => {
    expect(withBlock(["时间：2021年  月  日"]).header.date).toEqual({ value: "2021年  月  日", cell: "A1" });
  });

  it("reads several pairs typed into one cell, and labels with spaces or half-width colons", () => {
    const form = withBlock(["推荐单位(盖章):宁波市经济和信息化局   填 报 人：张三  联系电话：0574-87654321"]);
    expect(form.header.unit).toEqual({ value: "宁波市经济和信息化局", cell: "A1" });
    expect(form.header.filler).toEqual({ value: "张三", cell: "A1" });
    expect(form.header.fillerPhone).toEqual({ value: "0574-87654321", cell: "A1" });
  });

  it("gives a blank field the cell where its value belongs, and does not take the next label as the value", () => {
    const form = withBlock(["推荐单位（盖章）：", null, "填报人：", "张三"]);
    expect(form.header.unit).toEqual({ value: null, cell: "B1" });
    expect(form.header.filler).toEqual({ value: "张三", cell: "D1" });
  });

  it("does not take the unit note to the right of an empty 时间： for the date", () => {
    const form = withBlock(["时间：", null, null, "金额单位：万元"]);
    expect(form.header.date).toEqual({ value: null, cell: "B1" });
    expect(form.moneyUnit).toBe("万元");
  });

  it("reads a title year written in Chinese numerals", () => {
    const form = withBlock(["二〇二一年工业企业质量标杆申报企业统计表"]);
    expect(form.titleYear).toBe(2021);
  });

  it("reads the year of a title with full-width digits and no 附件 line", () => {
    expect(withBlock(["２０２０年工业企业质量标杆申报企业统计表"]).titleYear).toBe(2020);
  });

  it("has no money unit when the sheet states none", () => {
    expect(withBlock(["2021年工业企业质量标杆申报企业统计表"]).moneyUnit).toBeUndefined();
  });

  it("reads 单位：元 as the sheet's money unit", () => {
    expect(withBlock(["（单位：元）"]).moneyUnit).toBe("元");
  });

  it("reads 填报人 and 时间 written under the table when the block above lacks them", () => {
    const values = [[...FORM_HEADINGS], enterprise(1), ["注：往年省质量标杆请注明年度"], ["填报人：", "张三", "时间：", "2021-06-01"]];
    const form = readForm([grid(values)], spec).form!;
    expect(form.rows).toHaveLength(1);
    expect(form.header.filler).toEqual({ value: "张三", cell: "B4" });
    expect(form.header.date).toEqual({ value: "2021-06-01", cell: "D4" });
  });
});

describe("where the data end", () => {
  const read = (...rows: CellValue[][]) => readForm([grid([[...FORM_HEADINGS], ...rows])], spec);

  it("drops trailing blank rows and records blank rows between data rows", () => {
    const form = read(enterprise(1), [], [null, "  "], enterprise(2), [], [3], []).form!;
    expect(form.rows.map((r) => r.rowNumber)).toEqual([2, 5]);
    expect(form.blankRows).toEqual([3, 4]);
  });

  it("counts a row with only a 序号 as blank", () => {
    const form = read(enterprise(1), [2], enterprise(3)).form!;
    expect(form.rows.map((r) => r.rowNumber)).toEqual([2, 4]);
    expect(form.blankRows).toEqual([3]);
  });

  it.each([["注：往年省质量标杆请注明年度"], ["注1.金额单位为万元"], ["备注：无"], ["说明：本表一式两份"], ["填表人：张三"]])(
    "ends the table at %s",
    (note) => {
      const form = read(enterprise(1), [note], enterprise(2)).form!;
      expect(form.rows.map((r) => r.rowNumber)).toEqual([2]);
    },
  );

  it("does not take an enterprise whose name starts with 注 for the note", () => {
    const form = read(enterprise(1), [null, "注塑科技有限公司"]).form!;
    expect(form.rows.map((r) => r.rowNumber)).toEqual([2, 3]);
  });

  it("returns a 合计 row as the total row, not as an enterprise, and stops there", () => {
    const total: CellValue[] = ["合 计", null, null, null, null, 24000, 17000, 3200, 2400];
    const form = read(enterprise(1), enterprise(2), total, ["注：…"]).form!;
    expect(form.rows.map((r) => r.rowNumber)).toEqual([2, 3]);
    expect(form.totalRow).toEqual({ rowNumber: 4, values: [...total, null, null, null, null] });
  });

  it("finds 总计 in the enterprise column when 序号 is blank", () => {
    const form = read(enterprise(1), [null, "总计", null, null, null, 12000]).form!;
    expect(form.rows).toHaveLength(1);
    expect(form.totalRow?.rowNumber).toBe(3);
  });

  it("skips 小计 rows between groups and keeps reading; a final 小计 is the total", () => {
    const form = read(enterprise(1), ["小计"], enterprise(2), ["小计"]).form!;
    expect(form.rows.map((r) => r.rowNumber)).toEqual([2, 4]);
    expect(form.totalRow?.rowNumber).toBe(5);
  });

  it("skips the header pasted again inside the table", () => {
    const form = read(enterprise(1), [...FORM_HEADINGS], enterprise(2)).form!;
    expect(form.rows.map((r) => r.rowNumber)).toEqual([2, 4]);
    expect(form.blankRows).toEqual([]);
  });

  it("reads a form without data rows", () => {
    const result = read([], []);
    expect(result.form!.rows).toEqual([]);
    expect(result.form!.blankRows).toEqual([]);
  });
});

describe("extra, missing and reordered columns", () => {
  it("reports a missing column by name and still reads the rest by name", () => {
    const headings = FORM_HEADINGS.filter((h) => h !== "职务");
    const row = enterprise(1).filter((_v, i) => i !== 10);
    const result = readForm([grid([headings, row])], spec);
    expect(result.issues).toEqual([{ code: "header-missing-column", severity: "error", sheet: "Sheet1", row: 1, column: "职务" }]);
    const form = result.form!;
    expect(form.columnPositions[10]).toBeUndefined();
    expect(form.columnPositions[11]).toBe(11);
    expect(form.rows[0]!.values[10]).toBeNull();
    expect(form.rows[0]!.values[11]).toBe("13912345678");
  });

  it("reports an unknown heading at its cell, and a column named twice", () => {
    const headings: CellValue[] = [...FORM_HEADINGS.slice(0, 3), "统一社会信用代码", ...FORM_HEADINGS.slice(3), "备注"];
    const result = readForm([grid([headings])], spec);
    expect(result.issues.map((i) => [i.code, i.cell, i.value, i.severity])).toEqual([
      ["header-extra-column", "D1", "统一社会信用代码", "warning"],
      ["header-extra-column", "O1", "备注", "warning"],
    ]);
    expect(result.form!.columnPositions[3]).toBe(5);
  });

  it("names only the column that moved, and reads every column by its heading", () => {
    const order = [0, 1, 2, 4, 3, 5, 6, 7, 8, 9, 10, 11, 12];
    const headings = order.map((i) => FORM_HEADINGS[i]!);
    const row = order.map((i) => enterprise(1)[i]!);
    const result = readForm([grid([headings, row])], spec);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      code: "header-column-order",
      severity: "warning",
      column: "所属行业",
      cell: "D1",
      params: { expected: 5 },
    });
    expect(result.form!.rows[0]!.values).toEqual(enterprise(1));
  });

  it("names each column out of a scrambled order, fewest possible", () => {
    const headings = [...FORM_HEADINGS].reverse();
    const result = readForm([grid([headings])], spec);
    expect(result.issues.filter((i) => i.code === "header-column-order")).toHaveLength(12);
  });
});

describe("merged data cells", () => {
  it("warns about each merge in the data rows and fills a vertical merge into every row it covers", () => {
    const rows = [enterprise(1), enterprise(2), enterprise(3)];
    rows[1]![3] = null;
    rows[2]![3] = null;
    rows[0]![3] = "宁波市";
    const result = readForm([grid([[...FORM_HEADINGS], ...rows], { merges: ["D2:D4", "B3:C3"] })], spec);
    expect(result.issues.map((i) => [i.code, i.severity, i.cell, param(i, "range")])).toEqual([
      ["merged-data-cells", "warning", "D2", "D2:D4"],
      ["merged-data-cells", "warning", "B3", "B3:C3"],
    ]);
    const form = result.form!;
    expect(form.rows.map((r) => r.values[3])).toEqual(["宁波市", "宁波市", "宁波市"]);
    expect(form.rows.map((r) => r.filledFromMerge)).toEqual([undefined, ["city"], ["city"]]);
    expect(form.rows[1]!.values[2]).toBe(enterprise(2)[2]);
  });

  it("does not warn about merges in the header block, the total row or the note", () => {
    const values = [["2021年工业企业质量标杆申报企业统计表"], [...FORM_HEADINGS], enterprise(1), ["合计"], ["注：…"]];
    const result = readForm([grid(values, { merges: ["A1:M1", "A4:E4", "A5:M5"] })], spec);
    expect(result.issues).toEqual([]);
  });
});

describe("cells that hold anything", () => {
  it("keeps errors, booleans, dates, NaN and infinities raw without throwing", () => {
    const odd: CellValue[] = [
      { error: "#DIV/0!" },
      true,
      new Date(Number.NaN),
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      "\u0000\u0007\u001b",
      "x".repeat(32767),
      -0,
      1e308,
      5e-324,
      null,
      { error: "#N/A" },
    ];
    const result = readForm([grid([odd, [...FORM_HEADINGS], odd, [odd[6]!, "合计"]], { merges: ["A3:A9", "Z1:A1"] })], spec);
    expect(result.form!.rows[0]!.values).toEqual(odd);
    expect(result.form!.headerRow).toBe(2);
  });

  it("tolerates sparse rows and nonsense merges", () => {
    const values: CellValue[][] = [];
    values[3] = [...FORM_HEADINGS];
    values[5] = enterprise(1);
    const sheet = {
      ...grid(values),
      merges: [
        { top: Number.NaN, left: 1, bottom: 2, right: 2 },
        { top: 9, left: 3, bottom: 6, right: 1 },
      ],
    };
    const form = readForm([sheet], spec).form!;
    expect(form.headerRow).toBe(4);
    expect(form.rows.map((r) => r.rowNumber)).toEqual([6]);
  });
});
