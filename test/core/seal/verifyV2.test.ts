import { FORM_COLUMNS } from "../../../src/core/form/columns";
import { cellAddress } from "../../../src/core/grid/address";
import type { CellValue } from "../../../src/core/grid/cell";
import type { Grid } from "../../../src/core/grid/grid";
import { renderMessage } from "../../../src/core/issues/render";
import { readForm } from "../../../src/core/reader";
import { sealContentOf } from "../../../src/core/seal/canonicalV2";
import { createSealRecord, type SealInput, type SealRecord } from "../../../src/core/seal/record";
import { checkSeal, verifySeal } from "../../../src/core/seal/verify";
import type { SheetLayout } from "../../../src/core/grid/grid";
import {
  allowancesOfSheetProtection,
  SEAL_PROTECTION,
  sheetProtectionAttributes,
  type ProtectionAllowances,
} from "../../../src/core/seal/protection";

const INPUT: SealInput = {
  unit: "浙江省经济和信息化厅",
  sealedBy: "李明",
  sealedAt: new Date(Date.UTC(2021, 5, 2, 9, 0, 0)),
  year: 2021,
  quotaUsed: [{ label: "总名额", used: 2, limit: 5 }],
  confirmedWarnings: [{ code: "enterprise-name-format", cell: "B6", row: 6, value: "某某厂" }],
  toolVersion: "0.1.0",
};

const ROWS: CellValue[][] = [
  ["2021年工业企业质量标杆申报企业统计表"],
  ["金额单位：万元"],
  [
    "推荐单位（盖章）：",
    "浙江省经济和信息化厅",
    "填报人：",
    "李明",
    "联系电话：",
    "0571-87654321",
    "时间：",
    new Date(Date.UTC(2021, 5, 1)),
  ],
  FORM_COLUMNS.map((c) => c.name),
  [1, "杭州精工机械有限公司", "精益生产经验", "杭州市", "通用设备制造业", 12000.5, 30000, 2000, 1500, "王芳", "经理", 13912345678, null],
  [
    2,
    "宁波海天塑机集团有限公司",
    "数字化质量管理",
    "宁波市",
    "专用设备制造业",
    8000,
    20000,
    1000,
    800,
    "张伟",
    "主任",
    "0574-88888888",
    "2019年省质量标杆",
  ],
  [],
  ["注：金额单位为万元，保留两位小数。"],
];

function grid(rows: readonly (readonly CellValue[])[], sheet = "申报企业统计表"): Grid {
  return { sheet, origin: { row: 1, col: 1 }, values: rows, merges: [] };
}

function withCell(rows: readonly (readonly CellValue[])[], row: number, col: number, value: CellValue): CellValue[][] {
  const out = rows.map((r) => [...r]);
  while (out.length < row) out.push([]);
  const target = out[row - 1]!;
  while (target.length < col) target.push(null);
  target[col - 1] = value;
  return out;
}

/** The money columns F–I of the data rows in `#,##0.00`, as a clerk's sheet formats them. */
const MONEY_FORMATS: (string | undefined)[][] = ROWS.map((_row, r) =>
  r === 4 || r === 5 ? [, , , , , "#,##0.00", "#,##0.00", "#,##0.00", "#,##0.00"] : [],
);
const PAGE: SheetLayout = {
  hiddenRows: [],
  hiddenColumns: [],
  printArea: [{ top: 1, left: 1, bottom: 8, right: 13 }],
  protection: SEAL_PROTECTION,
};

/** The sealed sheet as printed: money formatted, a print area, protected as sealing leaves it. */
function printedGrid(formats = MONEY_FORMATS, layout: SheetLayout = PAGE, rows: readonly (readonly CellValue[])[] = ROWS): Grid {
  return { ...grid(rows), formats, layout };
}

async function seal(grids: readonly Grid[]): Promise<SealRecord> {
  const { form } = readForm(grids);
  return createSealRecord(form!, sealContentOf(grids, form!.sheet), INPUT);
}

async function verify(grids: readonly Grid[], record: SealRecord) {
  return verifySeal(readForm(grids).form, sealContentOf(grids, record.sheet), record);
}

describe("a version-2 seal", () => {
  const sealedGrids = [grid(ROWS), grid([["附表说明"]], "说明")];
  let record: SealRecord;

  beforeAll(async () => {
    record = await seal(sealedGrids);
  });

  it("covers the whole used range and the workbook's sheets, and holds while nothing changes", async () => {
    expect(record.version).toBe("qbench-seal-v2");
    expect(record.snapshot).toMatchObject({
      A1: "2021年工业企业质量标杆申报企业统计表",
      A2: "金额单位：万元",
      F4: "资产总额",
      A8: "注：金额单位为万元，保留两位小数。",
    });
    expect(record.sheets).toEqual(["申报企业统计表", "说明"]);
    expect(await verify(sealedGrids, record)).toMatchObject({ state: "valid", version: "v2", changedCells: [], issues: [] });
  });

  it("names every single-cell change of the used range and of the cells just beyond it", async () => {
    const failures: string[] = [];
    for (let row = 1; row <= ROWS.length + 1; row++) {
      for (let col = 1; col <= FORM_COLUMNS.length + 1; col++) {
        const address = cellAddress(row, col);
        const now = withCell(ROWS, row, col, "改动");
        const result = await verify([grid(now), sealedGrids[1]!], record);
        const named = result.changedCells.map((c) => c.cell);
        if (result.state !== "broken" || named.join() !== address || result.issues[0]?.code !== "seal-broken") {
          failures.push(`${address}: ${result.state} ${named.join()}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("breaks on the listed changes outside the table: the money unit, a header, the title's year, the note, a row below, a column beside", async () => {
    const changes: Array<[string, number, number, CellValue]> = [
      ["A2", 2, 1, "金额单位：元"],
      ["F4", 4, 6, "资产总额（元）"],
      ["A1", 1, 1, "2022年工业企业质量标杆申报企业统计表"],
      ["A8", 8, 1, "注：金额单位为元。"],
      ["B9", 9, 2, "新增的企业有限公司"],
      ["N5", 5, 14, 5000],
    ];
    for (const [address, row, col, value] of changes) {
      const result = await verify([grid(withCell(ROWS, row, col, value)), sealedGrids[1]!], record);
      expect([address, result.state, result.changedCells.map((c) => c.cell)]).toEqual([address, "broken", [address]]);
    }
  });

  it("holds when a value only gains trailing spaces or becomes a number stored as text: both print the same", async () => {
    let rows = withCell(ROWS, 5, 2, "杭州精工机械有限公司  ");
    rows = withCell(rows, 5, 6, "12000.5");
    rows = withCell(rows, 6, 12, " 0574-88888888");
    expect((await verify([grid(rows), sealedGrids[1]!], record)).state).toBe("valid");
  });

  it.each<[string, Partial<SealRecord>]>([
    ["sealedBy", { sealedBy: "王五" }],
    ["sealedAt", { sealedAt: "2021-06-03T09:00:00.000Z" }],
    ["unit", { unit: "江苏省工业和信息化厅" }],
    ["year", { year: 2020 }],
    ["rowCount", { rowCount: 1 }],
    ["confirmedWarnings", { confirmedWarnings: [] }],
    ["quotaUsed", { quotaUsed: [{ label: "总名额", used: 2, limit: 9 }] }],
    ["toolVersion", { toolVersion: "9.9.9" }],
  ])("breaks when the record's %s is edited, and says the record changed", async (_field, edit) => {
    const result = await verify(sealedGrids, { ...record, ...edit });
    expect(result).toMatchObject({ state: "broken", changedCells: [], recordChanged: true });
    expect(renderMessage(result.issues[0]!, "zh")).toBe(
      "封存后内容已改动：封存记录本身被改动（封存人、时间、单位、家数、确认的提示或名额）",
    );
  });

  it("breaks when a sheet is added after sealing or one is removed, naming it", async () => {
    const added = await verify([...sealedGrids, grid(ROWS, "申报企业统计表 (2)")], record);
    expect(added).toMatchObject({ state: "broken", sheetsAdded: ["申报企业统计表 (2)"], recordChanged: false });
    const removed = await verify([sealedGrids[0]!], record);
    expect(removed).toMatchObject({ state: "broken", sheetsRemoved: ["说明"] });
    expect(renderMessage(removed.issues[0]!, "en")).toBe("Content changed after sealing: -说明");
  });

  it("breaks when the sealed sheet is gone", async () => {
    const result = await verify([grid(ROWS, "别的表")], record);
    expect(result.state).toBe("broken");
    expect(result.sheetsRemoved).toEqual(["申报企业统计表", "说明"]);
  });
});

describe("a version-2 seal of the printed page", () => {
  const other = grid([["附表说明"]], "说明");
  let record: SealRecord;

  beforeAll(async () => {
    record = await seal([printedGrid(), other]);
  });

  async function verdict(now: Grid): Promise<{ state: string; message: string }> {
    const result = await verify([now, other], record);
    return { state: result.state, message: result.issues[0] === undefined ? "" : renderMessage(result.issues[0], "zh") };
  }

  it("keeps the printed text, the hidden rows and columns and the print area, and holds while nothing changes", async () => {
    expect(record).toMatchObject({ printed: { F5: "12,000.50", G6: "20,000.00" }, hiddenRows: [], hiddenColumns: [], printArea: "A1:M8" });
    expect(await verdict(printedGrid())).toEqual({ state: "valid", message: "" });
  });

  it("breaks when a number format makes 20000 print as 200000, naming the cell's printed text", async () => {
    const formats = MONEY_FORMATS.map((r) => [...r]);
    formats[5]![6] = '0"0"';
    const result = await verify([printedGrid(formats), other], record);
    expect(result).toMatchObject({
      state: "broken",
      changedCells: [],
      printedChanges: [{ cell: "G6", sealed: "20,000.00", current: "200000" }],
    });
    expect(renderMessage(result.issues[0]!, "zh")).toBe("封存后内容已改动：G6 显示文本改变");
  });

  it.each<[string, Partial<SheetLayout>, string]>([
    ["a data row hidden", { hiddenRows: [6] }, "封存后内容已改动：行 6 被隐藏"],
    ["the 资产总额 column hidden", { hiddenColumns: [6] }, "封存后内容已改动：列 F 被隐藏"],
    [
      "the print area cut short",
      { printArea: [{ top: 1, left: 1, bottom: 5, right: 13 }] },
      "封存后内容已改动：打印区域改变（A1:M8 → A1:M5）",
    ],
  ])("breaks on %s and names it", async (_change, edit, message) => {
    expect(await verdict(printedGrid(MONEY_FORMATS, { ...PAGE, ...edit }))).toEqual({ state: "broken", message });
  });

  it("breaks when the print area is removed", async () => {
    const { printArea: _sealed, ...withoutArea } = PAGE;
    expect(await verdict(printedGrid(MONEY_FORMATS, withoutArea))).toEqual({
      state: "broken",
      message: "封存后内容已改动：打印区域改变（A1:M8 → —）",
    });
  });

  it("ignores hidden rows and columns outside the used range, which print nothing", async () => {
    expect((await verdict(printedGrid(MONEY_FORMATS, { ...PAGE, hiddenRows: [40], hiddenColumns: [30] }))).state).toBe("valid");
  });

  it("holds when a value gains trailing spaces or a General cell holds its number as text: both print the same", async () => {
    let rows = withCell(ROWS, 5, 2, "杭州精工机械有限公司  ");
    rows = withCell(rows, 5, 1, "1");
    rows = withCell(rows, 5, 12, "13912345678");
    expect((await verdict(printedGrid(MONEY_FORMATS, PAGE, rows))).state).toBe("valid");
  });

  it("names every single-cell change of the used range, its printed text unchanged elsewhere", async () => {
    const failures: string[] = [];
    for (let row = 1; row <= ROWS.length; row++) {
      for (let col = 1; col <= FORM_COLUMNS.length; col++) {
        const result = await verify([printedGrid(MONEY_FORMATS, PAGE, withCell(ROWS, row, col, 7777)), other], record);
        const named = [...result.changedCells, ...result.printedChanges].map((c) => c.cell);
        if (result.state !== "broken" || !named.every((c) => c === cellAddress(row, col)) || named.length === 0) {
          failures.push(`${cellAddress(row, col)}: ${result.state} ${named.join()}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("reads a record removed from a sheet still protected, or a damaged record, as a broken seal with the reason", async () => {
    const content = sealContentOf([printedGrid(), other], "申报企业统计表");
    const form = readForm([printedGrid(), other]).form;
    const removed = await checkSeal(form, content, undefined);
    expect(removed.state).toBe("broken");
    expect(renderMessage(removed.issues[0]!, "zh")).toBe("封存已破坏：工作表仍处于封存时的保护状态，但封存记录已被删除");
    const damaged = await checkSeal(form, content, undefined, { recordDamaged: true });
    expect(renderMessage(damaged.issues[0]!, "en")).toBe("Seal broken: the seal record is damaged or incomplete and cannot be checked");
    const unprotected = await checkSeal(
      form,
      sealContentOf(
        [printedGrid(MONEY_FORMATS, { hiddenRows: PAGE.hiddenRows, hiddenColumns: PAGE.hiddenColumns, printArea: PAGE.printArea! }), other],
        "申报企业统计表",
      ),
      undefined,
    );
    expect(unprotected.issues.map((i) => i.code)).toEqual(["seal-missing"]);
  });

  it("counts a sheet as still protected as sealed only when its protection allows exactly what a seal's does", async () => {
    const withProtection = (protection: ProtectionAllowances) => [printedGrid(MONEY_FORMATS, { ...PAGE, protection }), other];
    const verdict = async (protection: ProtectionAllowances) => {
      const grids = withProtection(protection);
      return (await checkSeal(readForm(grids).form, sealContentOf(grids, "申报企业统计表"), undefined)).issues.map((i) => i.code);
    };
    expect(await verdict(SEAL_PROTECTION)).toEqual(["seal-broken"]);
    // Excel's 保护工作表 dialog as it opens: selecting allowed, nothing else — the clerk's own protection.
    const byHand = allowancesOfSheetProtection((name) => (name === "sheet" ? "1" : undefined))!;
    expect(byHand).toMatchObject({ selection: "Normal", formatColumns: false, autoFilter: false });
    expect(await verdict(byHand)).toEqual(["seal-missing"]);
    // A sealed sheet unprotected and protected again with one box more ticked is no longer as sealed.
    expect(await verdict({ ...SEAL_PROTECTION, sort: true })).toEqual(["seal-missing"]);
    expect(await verdict({ ...SEAL_PROTECTION, selection: "Unlocked" })).toEqual(["seal-missing"]);
  });

  it("reads the seal's <sheetProtection> attributes back as the seal's allowances, and writes them as Excel does", () => {
    const attributes = new Map(sheetProtectionAttributes(SEAL_PROTECTION));
    expect([...attributes]).toEqual([
      ["objects", "1"],
      ["scenarios", "1"],
      ["formatColumns", "0"],
      ["formatRows", "0"],
      ["autoFilter", "0"],
    ]);
    expect(allowancesOfSheetProtection((name) => (name === "sheet" ? "true" : attributes.get(name)))).toEqual(SEAL_PROTECTION);
    expect(allowancesOfSheetProtection((name) => (name === "sheet" ? "0" : attributes.get(name)))).toBeUndefined();
  });
});
