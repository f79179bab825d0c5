/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { decodeStore, encodeStore } from "../../src/core/storage";
import { MemoryAdapter } from "./memoryAdapter";
import { formSheet, goodRow, SHEET } from "./paneFixtures";
import { clickAndSettle, renderPane } from "./renderPane";

jest.setTimeout(30_000);

function adapterWith(rows = [goodRow(1, "海康"), goodRow(2, "大华")]): MemoryAdapter {
  const adapter = new MemoryAdapter();
  adapter.setSheet(SHEET, formSheet(rows));
  return adapter;
}

const tab = (name: string) => fireEvent.click(screen.getByRole("tab", { name }));

describe("the task pane", () => {
  it("speaks Chinese by default and English after the switch", async () => {
    await renderPane(adapterWith());
    for (const name of ["模板", "校验", "名额", "封存"]) expect(screen.getByRole("tab", { name })).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    for (const name of ["Template", "Check", "Quota", "Seal"]) expect(screen.getByRole("tab", { name })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Quality Benchmark Assistant");
  });

  it("says which features this Excel lacks, and nothing where it has them all", async () => {
    const full = await renderPane(adapterWith());
    expect(screen.queryByText("此 Excel 中有功能不可用")).not.toBeInTheDocument();
    full.unmount();
    const adapter = adapterWith();
    adapter.limits = [
      { feature: "merged-areas", excelApi: "1.13" },
      { feature: "own-writes", excelApi: "1.14" },
    ];
    await renderPane(adapter);
    expect(screen.getByText("此 Excel 中有功能不可用")).toBeInTheDocument();
    expect(screen.getByText("不支持 ExcelApi 1.13：合并单元格按各自独立的单元格读取。")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(
      screen.getByText("ExcelApi 1.14 is not supported: what you type in the second after a fix is not rechecked by itself."),
    ).toBeInTheDocument();
  });

  it("creates the form in a new sheet from the template fields and remembers year, region and unit", async () => {
    const adapter = new MemoryAdapter();
    await renderPane(adapter);
    fireEvent.change(screen.getByRole("textbox", { name: /年度/ }), { target: { value: "2022" } });
    fireEvent.click(screen.getByRole("combobox", { name: /推荐单位所在地区/ }));
    fireEvent.click(await screen.findByRole("option", { name: "浙江省" }));
    fireEvent.change(screen.getByRole("textbox", { name: "推荐单位" }), { target: { value: "浙江省经济和信息化厅" } });
    fireEvent.change(screen.getByRole("textbox", { name: "填报人" }), { target: { value: "李明" } });
    await clickAndSettle(screen.getByRole("button", { name: "生成统计表" }));

    expect(await screen.findByText("已生成工作表“申报企业统计表”")).toBeInTheDocument();
    expect(adapter.cell(SHEET, "A2")).toBe("2022年工业企业质量标杆申报企业统计表");
    expect(adapter.layouts[0]!.listSheet.columns[0]!.values).toContain("温州市");
    expect(decodeStore(adapter.store).store.settings).toEqual({ year: 2022, region: "330000", unit: "浙江省经济和信息化厅" });
  });

  it("refuses to create without a region and says why", async () => {
    await renderPane(new MemoryAdapter());
    await clickAndSettle(screen.getByRole("button", { name: "生成统计表" }));
    expect(screen.getByText("请选择推荐单位所在地区")).toBeInTheDocument();
  });

  it("shows an empty state, then every problem grouped by severity; a click selects the cell", async () => {
    const bad = goodRow(2, "大华");
    bad[3] = "杭州";
    bad[8] = -5;
    const adapter = adapterWith([goodRow(1, "海康"), bad]);
    await renderPane(adapter);
    tab("校验");
    expect(screen.getByText(/还没有校验/)).toBeInTheDocument();
    await clickAndSettle(screen.getByRole("button", { name: "校验" }));

    const errors = screen.getByRole("list", { name: "错误" });
    const warnings = screen.getByRole("list", { name: "提示" });
    expect(within(errors).getByRole("button", { name: /I7/ })).toBeInTheDocument();
    expect(within(warnings).getByRole("button", { name: /D7/ })).toHaveTextContent("杭州");
    expect(screen.getByRole("status")).toHaveTextContent(/2 家企业：\d+ 个错误，\d+ 个提示/);

    await clickAndSettle(within(errors).getByRole("button", { name: /I7/ }));
    expect(adapter.selected).toEqual({ sheet: SHEET, cell: "I7" });
  });

  it("lists every fix before writing, applies only the ticked ones and undoes them", async () => {
    const row1 = goodRow(1, "海康");
    row1[3] = "杭州";
    const row2 = goodRow(2, "大华");
    row2[0] = 5;
    const adapter = adapterWith([row1, row2]);
    await renderPane(adapter);
    tab("校验");
    await clickAndSettle(screen.getByRole("button", { name: "校验" }));
    fireEvent.click(screen.getByRole("button", { name: /修正（2）/ }));

    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByRole("checkbox", { name: "D6: 杭州 → 杭州市" })).toBeChecked();
    fireEvent.click(within(dialog).getByRole("checkbox", { name: "A7: 5 → 2" }));
    await clickAndSettle(within(dialog).getByRole("button", { name: "应用 1 项修改" }));

    expect(adapter.cell(SHEET, "D6")).toBe("杭州市");
    expect(adapter.cell(SHEET, "A7")).toBe(5);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();

    await clickAndSettle(screen.getByRole("button", { name: "撤销上次修正" }));
    expect(adapter.cell(SHEET, "D6")).toBe("杭州");
    expect(screen.getByRole("button", { name: "撤销上次修正" })).toBeDisabled();
  });

  it("marks cells with issues and clears the marks", async () => {
    const row = goodRow(1, "海康");
    row[8] = -1;
    const adapter = adapterWith([row]);
    await renderPane(adapter);
    tab("校验");
    await clickAndSettle(screen.getByRole("button", { name: "校验" }));
    await clickAndSettle(screen.getByRole("button", { name: "在表格中标记" }));
    expect(adapter.marks).toContainEqual(expect.objectContaining({ cell: "I6", severity: "error" }));
    await clickAndSettle(screen.getByRole("button", { name: "清除标记" }));
    expect(adapter.marks).toEqual([]);
  });

  it("shows a failing workbook call as an error message", async () => {
    const adapter = adapterWith();
    await renderPane(adapter);
    tab("校验");
    adapter.failNext = { method: "readWorkbook", message: "RichApi.Error: The request payload size has exceeded the limit" };
    await clickAndSettle(screen.getByRole("button", { name: "校验" }));
    const alert = screen.getByText(/payload size has exceeded/);
    expect(alert).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "关闭" }));
    expect(screen.queryByText(/payload size has exceeded/)).not.toBeInTheDocument();
  });
});

describe("quota", () => {
  it("saves limits in the workbook and recounts usage while the clerk types", async () => {
    jest.useFakeTimers({ doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
    try {
      const adapter = adapterWith([goodRow(1, "海康"), goodRow(2, "大华"), goodRow(3, "宇视", "宁波市")]);
      await act(async () => {
        const pending = renderPane(adapter);
        await jest.advanceTimersByTimeAsync(10);
        await pending;
      });
      tab("名额");
      expect(screen.getByText("还没有设置名额。")).toBeInTheDocument();
      fireEvent.change(screen.getByRole("textbox", { name: "推荐总名额" }), { target: { value: "2" } });
      fireEvent.click(screen.getByRole("button", { name: "添加: 各市名额" }));
      fireEvent.change(screen.getByRole("textbox", { name: "市 1" }), { target: { value: "杭州" } });
      fireEvent.change(screen.getByRole("textbox", { name: "名额 1" }), { target: { value: "2" } });
      await act(async () => {
        fireEvent.click(screen.getByRole("button", { name: "保存名额" }));
        await jest.advanceTimersByTimeAsync(10);
      });
      expect(decodeStore(adapter.store).store.quota).toEqual({ total: 2, perCity: { 杭州: 2 } });
      expect(screen.getByText("3 / 2 · 超出")).toBeInTheDocument();
      expect(screen.getByText("2 / 2")).toBeInTheDocument();

      await act(async () => {
        adapter.userEdit(SHEET, "D7", "宁波市");
        await jest.advanceTimersByTimeAsync(100);
      });
      expect(screen.getByText("2 / 2")).toBeInTheDocument();
      await act(async () => {
        await jest.advanceTimersByTimeAsync(400);
      });
      expect(screen.getByText("1 / 2")).toBeInTheDocument();
    } finally {
      jest.useRealTimers();
    }
  });
});

describe("sealing", () => {
  const sealedAdapter = () => {
    const adapter = adapterWith();
    adapter.store = encodeStore({ quota: { total: 5 } });
    return adapter;
  };

  it("ticks the checklist, needs each warning confirmed, seals, protects, verifies and unseals", async () => {
    const row = goodRow(2, "大华");
    row[3] = "杭州";
    const adapter = adapterWith([goodRow(1, "海康"), row]);
    await renderPane(adapter);
    tab("封存");
    const checklist = screen.getByRole("list", { name: "封存条件" });
    expect(within(checklist).getByLabelText("没有错误: ✓")).toBeInTheDocument();
    expect(within(checklist).getByLabelText("每条提示均已确认: ✗")).toBeInTheDocument();

    fireEvent.change(screen.getByRole("textbox", { name: /封存人/ }), { target: { value: "李明" } });
    expect(screen.getByRole("button", { name: "封存" })).toBeDisabled();
    fireEvent.click(screen.getByRole("checkbox", { name: /D7/ }));
    expect(within(checklist).getByLabelText("每条提示均已确认: ✓")).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText("保护密码（可选）"), { target: { value: "pw" } });
    await clickAndSettle(screen.getByRole("button", { name: "封存" }));

    const seal = decodeStore(adapter.store).store.seal!;
    expect(seal).toMatchObject({ sealedBy: "李明", unit: "浙江省经济和信息化厅", rowCount: 2, sheet: SHEET });
    expect(seal.confirmedWarnings).toEqual([expect.objectContaining({ code: "city-normalizable", cell: "D7" })]);
    expect(adapter.protectedSheets.get(SHEET)).toBe("pw");
    expect(screen.getByText(/已由 李明 于 .* 封存/)).toBeInTheDocument();

    await clickAndSettle(screen.getByRole("button", { name: "核验封存" }));
    expect(screen.getByText("封存有效：内容自封存后没有改动")).toBeInTheDocument();
    adapter.protectedSheets.delete(SHEET);
    adapter.userEdit(SHEET, "F6", 13000);
    await clickAndSettle(screen.getByRole("button", { name: "核验封存" }));
    expect(within(screen.getByRole("list", { name: /封存已失效/ })).getByText(/F6：12000 → 13000/)).toBeInTheDocument();

    adapter.protectedSheets.set(SHEET, "pw");
    fireEvent.click(screen.getByRole("button", { name: "解除封存" }));
    await screen.findByRole("alertdialog");
    fireEvent.change(screen.getByLabelText("保护密码（可选）"), { target: { value: "pw" } });
    await clickAndSettle(screen.getByRole("button", { name: "确认解除" }));
    expect(decodeStore(adapter.store).store.seal).toBeUndefined();
    expect(adapter.protectedSheets.has(SHEET)).toBe(false);
    await waitFor(() => expect(screen.getByRole("button", { name: "封存" })).toBeInTheDocument());
  });

  it("on a sealed sheet, waits with marking, fixing and undoing and says why; clearing marks stays", async () => {
    const adapter = sealedAdapter();
    await renderPane(adapter);
    tab("封存");
    fireEvent.change(screen.getByRole("textbox", { name: /封存人/ }), { target: { value: "李明" } });
    await clickAndSettle(screen.getByRole("button", { name: "封存" }));
    tab("校验");
    await clickAndSettle(screen.getByRole("button", { name: /校验/ }));
    expect(screen.getByText(/已封存并受保护：不能在其中标记、修正或撤销/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "在表格中标记" })).toBeDisabled();
    expect(screen.getByRole("button", { name: /修正（/ })).toBeDisabled();
    expect(screen.getByRole("button", { name: "撤销上次修正" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "清除标记" })).toBeEnabled();
  });

  it("keeps the seal when unsealing fails on a wrong password", async () => {
    const adapter = sealedAdapter();
    await renderPane(adapter);
    tab("封存");
    fireEvent.change(screen.getByRole("textbox", { name: /封存人/ }), { target: { value: "李明" } });
    await clickAndSettle(screen.getByRole("button", { name: "封存" }));
    fireEvent.click(screen.getByRole("button", { name: "解除封存" }));
    await screen.findByRole("alertdialog");
    fireEvent.change(screen.getByLabelText("保护密码（可选）"), { target: { value: "wrong" } });
    await clickAndSettle(screen.getByRole("button", { name: "确认解除" }));
    expect(screen.getByText("The password is not correct")).toBeInTheDocument();
    expect(decodeStore(adapter.store).store.seal).toBeDefined();
  });
});
