import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { createPaneController } from "../../src/taskpane/state/PaneController";
import type { PickedFile } from "../../src/taskpane/state/ReviewFlow";
import { MemoryAdapter } from "./memoryAdapter";

const EXAMPLES = join(__dirname, "..", "..", "examples");
const TODAY = new Date("2021-06-20T10:00:00+08:00");
// Reading the eight files takes seconds on a loaded machine: more than jest's default 5 s.

function picked(name: string, bytes: Uint8Array): PickedFile {
  return { name, arrayBuffer: async () => bytes.slice().buffer };
}

function example(name: string): PickedFile {
  return picked(name, new Uint8Array(readFileSync(join(EXAMPLES, name))));
}

describe("审查 in the task pane", () => {
  it("reviews the examples with the quota table into three new sheets, a damaged file as one row with its reason", async () => {
    const adapter = new MemoryAdapter();
    adapter.setSheet("单位汇总", [["我的笔记"]]);
    const pane = createPaneController({ adapter, lang: "zh", toolVersion: "test", today: () => TODAY });
    const forms = readdirSync(EXAMPLES).filter((f) => f.endsWith(".xlsx"));
    const progress: string[] = [];
    pane.review.subscribe(() => {
      const p = pane.review.getState().progress;
      if (p !== undefined && p.name !== "") progress.push(`${p.done + 1}/${p.total}`);
    });
    pane.review.addFiles([...forms.map(example), picked("损坏.xlsx", new TextEncoder().encode("PK\u0003\u0004 not a zip"))]);
    pane.review.setQuota(example("quota.json"));
    await pane.review.run();

    const { outcome, error } = pane.review.getState();
    expect(error).toBeUndefined();
    expect(outcome?.sheets).toEqual(["单位汇总 (2)", "问题清单", "企业汇总"]);
    expect(outcome?.files).toBe(forms.length + 1);
    expect(outcome?.unreadable).toBe(1);
    expect(outcome?.recommendedTwice).toBeGreaterThan(0);
    expect(progress).toEqual(Array.from({ length: forms.length + 1 }, (_, i) => `${i + 1}/${forms.length + 1}`));
    expect(adapter.cell("单位汇总", "A1")).toBe("我的笔记");
    expect(adapter.cell("单位汇总 (2)", "B1")).toBe("文件");
    const damaged = forms.length + 2;
    expect(adapter.cell("单位汇总 (2)", `B${damaged}`)).toBe("损坏.xlsx");
    expect(adapter.cell("单位汇总 (2)", `O${damaged}`)).toBe("无法读取");
    expect(String(adapter.cell("单位汇总 (2)", `P${damaged}`))).toMatch(/损坏/);
  }, 60_000);

  it("says why when the quota table cannot be read, and adds nothing", async () => {
    const adapter = new MemoryAdapter();
    const pane = createPaneController({ adapter, lang: "en", toolVersion: "test", today: () => TODAY });
    pane.review.addFiles([example("02-宁波市经济和信息化局.xlsx")]);
    pane.review.setQuota(picked("quota.json", new TextEncoder().encode('[{"unit": "宁波市经济和信息化局", "total": -1}]')));
    await pane.review.run();
    expect(pane.review.getState().error).toBeDefined();
    expect(pane.review.getState().outcome).toBeUndefined();
    expect([...adapter.sheets.keys()]).toEqual([]);
  });

  it("stops when the reviewer asks, while the files are read, and adds nothing", async () => {
    const adapter = new MemoryAdapter();
    const pane = createPaneController({ adapter, lang: "zh", toolVersion: "test", today: () => TODAY });
    const forms = readdirSync(EXAMPLES).filter((f) => f.endsWith(".xlsx"));
    pane.review.addFiles(forms.map(example));
    const stopAtSecond = pane.review.subscribe(() => {
      if (pane.review.getState().progress?.done === 1) pane.review.stop();
    });
    await pane.review.run();
    stopAtSecond();
    const state = pane.review.getState();
    expect(state).toMatchObject({ stopped: true, progress: undefined, outcome: undefined, error: undefined });
    expect(pane.review.running).toBe(false);
    expect([...adapter.sheets.keys()]).toEqual([]);
  }, 60_000);

  it("reviews the files picked now when started again while an earlier review still reads its files", async () => {
    const adapter = new MemoryAdapter();
    const pane = createPaneController({ adapter, lang: "zh", toolVersion: "test", today: () => TODAY });
    pane.review.addFiles([example("02-宁波市经济和信息化局.xlsx"), example("03-中国电子信息行业联合会.xlsx")]);
    const first = pane.review.run();
    pane.review.addFiles([example("01-浙江省经济和信息化厅-已封存.xlsx")]);
    await Promise.all([first, pane.review.run()]);
    const { outcome, error, stopped } = pane.review.getState();
    expect(error).toBeUndefined();
    expect(stopped).toBe(false);
    expect(outcome?.files).toBe(3);
    expect([...adapter.sheets.keys()]).toEqual(["单位汇总", "问题清单", "企业汇总"]);
    expect(adapter.cell("单位汇总", "B4")).toBe("01-浙江省经济和信息化厅-已封存.xlsx");
  }, 60_000);
});
