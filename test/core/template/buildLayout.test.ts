import { parseRange } from "../../../src/core/grid/range";
import { FORM_COLUMNS } from "../../../src/core/form/columns";
import { HEADER_FIELDS } from "../../../src/core/form/formSpec";
import { parseAddress } from "../../../src/core/grid/address";
import { NATIONAL } from "../../../src/core/reference/region";
import { regionByName } from "../../../src/core/reference/regions";
import { templateLayout } from "../../../src/core/template/buildLayout";
import type { LayoutValidation, TemplateLayout } from "../../../src/core/template/layout";

const zhejiang = regionByName("浙江省")!;

function valueAt(layout: TemplateLayout, address: string) {
  return layout.cells.find((c) => c.address === address)?.value;
}

function validationFor(layout: TemplateLayout, column: string): LayoutValidation {
  const col = FORM_COLUMNS.findIndex((c) => c.name === column) + 1;
  const found = layout.validations.find((v) => parseAddress(v.range.split(":")[0]!)!.col === col);
  if (found === undefined) throw new Error(`no validation for ${column}`);
  return found;
}

/** The values a list validation offers, read through its source reference like Excel does. */
function listValues(layout: TemplateLayout, v: LayoutValidation): readonly string[] {
  if (v.kind !== "list") throw new Error("not a list");
  const m = /^'(.+)'!\$([A-Z])\$(\d+):\$([A-Z])\$(\d+)$/.exec(v.source)!;
  expect(m[1]).toBe(layout.listSheet.name);
  const column = layout.listSheet.columns[m[2]!.charCodeAt(0) - 65]!;
  return column.values.slice(Number(m[3]) - 2, Number(m[5]) - 1);
}

describe("templateLayout", () => {
  const layout = templateLayout({ year: 2021, region: zhejiang, unit: "浙江省经济和信息化厅", filler: "王芳", phone: "0571-87051234" });

  test("prints the annex, the title over all 13 columns, and the header row in the form's order", () => {
    expect(valueAt(layout, "A1")).toBe("附件3");
    expect(valueAt(layout, "A2")).toBe("2021年工业企业质量标杆申报企业统计表");
    expect(layout.merges).toContain("A2:M2");
    expect(layout.headerRow).toBe(5);
    expect(FORM_COLUMNS.map((_c, i) => valueAt(layout, `${String.fromCharCode(65 + i)}5`))).toEqual(FORM_COLUMNS.map((c) => c.name));
    expect(valueAt(layout, "M4")).toBe("金额单位：万元");
  });

  test("row 3 holds the four labels, each with its value cell right of it", () => {
    const labels = layout.cells.filter((c) => c.role === "label");
    expect(labels.map((c) => c.value)).toEqual(HEADER_FIELDS.map((f) => f.label));
    const values = layout.cells.filter((c) => c.role === "value");
    expect(values.map((c) => c.value)).toEqual(["浙江省经济和信息化厅", "王芳", "0571-87051234", "2021年  月  日"]);
    labels.forEach((label, i) => {
      const labelPos = parseAddress(label.address)!;
      const valuePos = parseAddress(values[i]!.address)!;
      expect(labelPos.row).toBe(3);
      expect(valuePos.row).toBe(3);
      const labelMerge = layout.merges.find((m) => m.startsWith(`${label.address}:`));
      const labelRight = labelMerge ? parseAddress(labelMerge.split(":")[1]!)!.col : labelPos.col;
      expect(valuePos.col).toBe(labelRight + 1);
    });
  });

  test("leaves the data rows empty so that no reader takes them for enterprises, and puts the note under them", () => {
    const last = layout.firstDataRow + layout.dataRowCount - 1;
    expect(layout.firstDataRow).toBe(6);
    expect(layout.dataRowCount).toBe(30);
    const inData = layout.cells.filter((c) => {
      const row = parseAddress(c.address)!.row;
      return row >= layout.firstDataRow && row <= last;
    });
    expect(inData).toEqual([]);
    expect(valueAt(layout, `A${last + 1}`)).toBe("注：推荐申报全国质量标杆的往年全省质量标杆，请在备注栏注明公布年度。");
    expect(layout.merges).toContain(`A${last + 1}:M${last + 1}`);
  });

  test("the number of prepared rows follows dataRowCount", () => {
    const small = templateLayout({ year: 2024, region: zhejiang, dataRowCount: 5 });
    expect(small.dataRowCount).toBe(5);
    expect(valueAt(small, "A11")).toMatch(/^注：/);
    expect(validationFor(small, "所在市").range).toBe("D6:D10");
    expect(valueAt(small, "C3")).toBeNull();
    expect(valueAt(small, "L3")).toBe("2024年  月  日");
  });

  test("所在市 offers the region's prefectures from the list sheet, never inline", () => {
    const city = validationFor(layout, "所在市");
    expect(city.kind).toBe("list");
    expect(city.range).toBe("D6:D35");
    const cities = listValues(layout, city);
    expect(cities).toHaveLength(11);
    expect(cities).toEqual(expect.arrayContaining(["杭州市", "宁波市", "温州市", "丽水市"]));
    expect(cities).not.toContain("苏州市");
  });

  test("a national association's list holds every prefecture in China", () => {
    const national = templateLayout({ year: 2021, region: NATIONAL });
    const cities = listValues(national, validationFor(national, "所在市"));
    expect(cities.length).toBeGreaterThan(300);
    expect(cities).toEqual(expect.arrayContaining(["杭州市", "苏州市", "恩施土家族苗族自治州", "喀什地区"]));
  });

  test("所属行业 offers all 97 GB/T 4754-2017 divisions by their exact names", () => {
    const industries = listValues(layout, validationFor(layout, "所属行业"));
    expect(industries).toHaveLength(97);
    expect(industries).toContain("计算机、通信和其他电子设备制造业");
    expect(industries).toContain("煤炭开采和洗选业");
  });

  test("money columns take decimals ≥ 0 with two decimals shown; 经验名称 at most 40 characters", () => {
    for (const name of ["资产总额", "营业收入", "利税总额", "利润总额"]) {
      const v = validationFor(layout, name);
      expect(v).toMatchObject({ kind: "decimal", min: 0 });
      expect(layout.numberFormats).toContainEqual({ range: v.range, format: "#,##0.00" });
    }
    expect(validationFor(layout, "经验名称")).toMatchObject({ kind: "textLength", max: 40, range: "C6:C35" });
    expect(layout.numberFormats).toContainEqual({ range: "L6:L35", format: "@" });
  });

  test("every column prompts in Chinese within Excel's limits", () => {
    expect(layout.validations).toHaveLength(13);
    for (const column of FORM_COLUMNS) {
      const { prompt } = validationFor(layout, column.name);
      expect(prompt.title).toBe(column.name);
      expect(prompt.text).toMatch(/[\u4e00-\u9fff]/);
      expect(prompt.title.length).toBeLessThanOrEqual(32);
      expect(prompt.text.length).toBeLessThanOrEqual(255);
      expect(prompt.error.length).toBeLessThanOrEqual(255);
    }
    expect(validationFor(layout, "资产总额").prompt.text).toContain("万元");
    const yuan = templateLayout({ year: 2021, region: zhejiang, moneyUnit: "元" });
    expect(validationFor(yuan, "资产总额").prompt.text).toContain("单位：元");
    expect(valueAt(yuan, "M4")).toBe("金额单位：元");
  });

  test("freezes the rows down to the header and prints A4 landscape, one page wide, titles repeated", () => {
    expect(layout.frozenRows).toBe(5);
    expect(layout.print).toMatchObject({ paper: "A4", orientation: "landscape", fitToWidth: 1, fitToHeight: 0, titleRows: "1:5" });
    expect(layout.print.footerCenter).toContain("&P");
    expect(layout.columnWidths).toHaveLength(13);
  });

  test("every cell the layout writes text into is text-formatted, so that nothing it holds or gets typed there becomes a formula", () => {
    const textRanges = layout.numberFormats.filter((f) => f.format === "@").map((f) => parseRange(f.range)!);
    for (const cell of layout.cells) {
      const at = parseAddress(cell.address)!;
      const covered = textRanges.some((r) => r.top <= at.row && at.row <= r.bottom && r.left <= at.col && at.col <= r.right);
      expect([cell.address, covered]).toEqual([cell.address, true]);
    }
  });

  test("each cell has at most one style, every data cell is boxed, amounts right-aligned", () => {
    const owner = new Map<string, string>();
    for (const { range } of layout.styles) {
      const r = parseRange(range)!;
      for (let row = r.top; row <= r.bottom; row++)
        for (let col = r.left; col <= r.right; col++) {
          const key = `${row},${col}`;
          expect([key, owner.get(key)]).toEqual([key, undefined]);
          owner.set(key, range);
        }
    }
    const styleAt = (address: string) => layout.styles.find(({ range }) => range.split(":")[0] === address)?.style;
    expect(styleAt("F6")).toMatchObject({ border: "box", horizontal: "right" });
    expect(styleAt("B6")).toMatchObject({ border: "box", horizontal: "left" });
    expect(styleAt("A5")).toMatchObject({ face: "title", bold: true, border: "box" });
  });
});
