import { createPaneController, type PaneController } from "../../src/taskpane/state/PaneController";
import type { Task } from "../../src/taskpane/state/paneState";
import { MemoryAdapter } from "./memoryAdapter";
import { formSheet, goodRow, SHEET, TODAY } from "./paneFixtures";

/** The controller alone, on fake timers: what the clerk sees depends on the order things finish in. */
function paneOver(adapter: MemoryAdapter): PaneController {
  return createPaneController({ adapter, lang: "en", toolVersion: "test", today: () => TODAY, debounceMs: 400 });
}

async function sealedPane(): Promise<{ adapter: MemoryAdapter; pane: PaneController; stop: () => void }> {
  const adapter = new MemoryAdapter();
  adapter.setSheet(SHEET, formSheet([goodRow(1, "海康"), goodRow(2, "大华")]));
  const pane = paneOver(adapter);
  const stop = pane.start();
  await jest.advanceTimersByTimeAsync(0);
  await pane.runCheck();
  pane.setSealedBy("李明");
  await pane.seal("");
  expect(pane.getState().error).toBeUndefined();
  expect(pane.getState().store.seal).toBeDefined();
  return { adapter, pane, stop };
}

/** Resolves once the pane holds another analysis than now (the digest runs off the fake clock). */
function nextAnalysis(pane: PaneController): Promise<void> {
  const before = pane.getState().analysis;
  return new Promise((resolve) => {
    const stop = pane.subscribe(() => {
      if (pane.getState().analysis === before) return;
      stop();
      resolve();
    });
  });
}

beforeEach(() => jest.useFakeTimers({ doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] }));
afterEach(() => jest.useRealTimers());

describe("the seal check the clerk asked for", () => {
  it("survives the live recount of the edit that came before it", async () => {
    const { adapter, pane, stop } = await sealedPane();
    // The clerk changes a sealed cell and asks for the seal check before the recount's quiet time is over.
    adapter.userEdit(SHEET, "J6", "张伟");
    await jest.advanceTimersByTimeAsync(100);
    await pane.verify();
    expect(pane.getState().verified).toBe(true);
    expect(pane.getState().analysis?.seal.changedCells.map((c) => c.cell)).toEqual(["J6"]);

    const recount = nextAnalysis(pane);
    await jest.advanceTimersByTimeAsync(400); // the recount of the same content lands after the check
    await recount;
    expect(pane.getState().verified).toBe(true);
    expect(pane.getState().analysis?.seal.changedCells.map((c) => c.cell)).toEqual(["J6"]);
    stop();
  });

  it("is withdrawn when a later edit changes what the seal says", async () => {
    const { adapter, pane, stop } = await sealedPane();
    await pane.verify();
    expect(pane.getState().analysis?.seal.state).toBe("valid");
    const recount = nextAnalysis(pane);
    adapter.userEdit(SHEET, "J6", "张伟");
    await jest.advanceTimersByTimeAsync(400);
    await recount;
    expect(pane.getState().analysis?.seal.state).toBe("broken");
    expect(pane.getState().verified).toBe(false);
    stop();
  });
});

describe("selecting an issue's cell", () => {
  it("is no task: no busy bar, no button disabled", async () => {
    const adapter = new MemoryAdapter();
    adapter.setSheet(SHEET, formSheet([goodRow(1, "海康"), goodRow(2, "大华", "杭州")]));
    const pane = paneOver(adapter);
    await pane.runCheck();
    const issue = pane.getState().analysis?.issues.find((i) => i.cell !== undefined);
    expect(issue).toBeDefined();
    const tasks: Array<Task | undefined> = [];
    pane.subscribe(() => tasks.push(pane.getState().task));
    await pane.selectIssue(issue!);
    expect(adapter.selected).toEqual({ sheet: SHEET, cell: issue!.cell });
    expect(tasks.filter((t) => t !== undefined)).toEqual([]);
  });

  it("says so when Excel refuses the selection", async () => {
    const adapter = new MemoryAdapter();
    adapter.setSheet(SHEET, formSheet([goodRow(1, "海康"), goodRow(2, "大华", "杭州")]));
    const pane = paneOver(adapter);
    await pane.runCheck();
    const issue = pane.getState().analysis?.issues.find((i) => i.cell !== undefined);
    adapter.failNext = { method: "selectCell", message: "The cell is in edit mode" };
    await pane.selectIssue(issue!);
    expect(pane.getState().error).toBe("The cell is in edit mode");
  });
});

describe("an issue without a cell", () => {
  it("selects nothing and shows no error", async () => {
    const adapter = new MemoryAdapter();
    adapter.setSheet("Sheet1", [["hello"]]);
    const pane = paneOver(adapter);
    await pane.runCheck();
    const issue = pane.getState().analysis?.issues.find((i) => i.cell === undefined);
    expect(issue).toBeDefined();
    await pane.selectIssue(issue!);
    expect(adapter.selected).toBeUndefined();
    expect(pane.getState().error).toBeUndefined();
  });
});

describe("the fix list", () => {
  it("with nothing ticked writes nothing, closes and leaves nothing to undo", async () => {
    const row = goodRow(1, "海康");
    row[3] = "杭州";
    const adapter = new MemoryAdapter();
    adapter.setSheet(SHEET, formSheet([row]));
    const pane = paneOver(adapter);
    await pane.runCheck();
    pane.openFixes();
    expect(pane.getState().proposals?.length).toBe(1);
    await pane.applyFixes([]);
    expect(pane.getState().proposals).toBeUndefined();
    expect(adapter.cell(SHEET, "D6")).toBe("杭州");
    expect(pane.getState().history).toEqual([]);
    expect(pane.getState().notice).toBeUndefined();
  });
});

describe("creating the form", () => {
  it("refuses a year that is not four digits, says why and creates no sheet", async () => {
    const adapter = new MemoryAdapter();
    const pane = paneOver(adapter);
    pane.editTemplate("regionCode", "浙江省");
    pane.editTemplate("year", "21");
    await pane.createForm();
    expect(pane.getState().error).toBe("The year must have four digits");
    expect(pane.getState().task).toBeUndefined();
    expect(adapter.sheets.size).toBe(0);
  });
});

describe("following the clerk's typing", () => {
  it("stops recounting once stopped", async () => {
    const adapter = new MemoryAdapter();
    adapter.setSheet(SHEET, formSheet([goodRow(1, "海康")]));
    const pane = paneOver(adapter);
    const stop = pane.start();
    await jest.advanceTimersByTimeAsync(0);
    const before = pane.getState().analysis;
    expect(before).toBeDefined();
    stop();
    adapter.userEdit(SHEET, "I6", -1);
    await jest.advanceTimersByTimeAsync(1000);
    expect(pane.getState().analysis).toBe(before);
  });
});
