import { TEMPLATE_HEADER_ROW, templateLayout } from "../../src/core/template/buildLayout";
import { regionByName } from "../../src/core/reference";
import { OfficeWorkbookAdapter } from "../../src/office/OfficeWorkbookAdapter";

/** One check run inside Excel; the page sends [name, passed, detail] to the test server. */
export type CheckResult = [name: string, passed: boolean, detail: string];

async function check(name: string, body: () => Promise<string | undefined>): Promise<CheckResult> {
  try {
    const failure = await body();
    return [name, failure === undefined, failure ?? "ok"];
  } catch (error) {
    return [name, false, error instanceof Error ? error.message : String(error)];
  }
}

/** The adapter's promises, checked against the live workbook the test manifest opens. */
export async function runExcelChecks(): Promise<CheckResult[]> {
  const adapter = new OfficeWorkbookAdapter();
  const layout = templateLayout({ year: 2021, region: regionByName("浙江省")!, unit: "浙江省经济和信息化厅" });
  const results: CheckResult[] = [];
  let sheet = "";

  results.push(
    await check("creates the form in new sheets under free names", async () => {
      sheet = await adapter.createFormSheet(layout);
      const second = await adapter.createFormSheet(layout);
      return second !== sheet ? undefined : `both named ${sheet}`;
    }),
  );
  results.push(
    await check("reads the form back", async () => {
      const grid = (await adapter.readWorkbook()).find((g) => g.sheet === sheet);
      const header = grid?.values[TEMPLATE_HEADER_ROW - grid.origin.row]?.[0];
      return header === "序号" ? undefined : `header cell A${TEMPLATE_HEADER_ROW} read as ${String(header)}`;
    }),
  );
  results.push(
    await check("writes text as text and undoes exactly", async () => {
      const applied = await adapter.writeCells([{ sheet, cell: "L6", value: "13812345678" }]);
      const grid = (await adapter.readWorkbook()).find((g) => g.sheet === sheet);
      const written = grid?.values[6 - grid.origin.row]?.[12 - grid.origin.col];
      await adapter.writeCells(applied.map((a) => ({ sheet: a.sheet, cell: a.cell, value: a.previous })));
      return written === "13812345678" ? undefined : `L6 read back as ${String(written)}`;
    }),
  );
  results.push(
    await check("marks and clears without touching other fills", async () => {
      await adapter.markIssues([{ sheet, cell: "B6", severity: "error", note: "test" }]);
      await adapter.clearMarks();
      return undefined;
    }),
  );
  results.push(
    await check("keeps the store in a very hidden sheet", async () => {
      await adapter.writeStore([
        ["qbench-store", "1"],
        ["settings", "0", '{"year":2021}'],
      ]);
      const rows = await adapter.readStore();
      return rows?.[1]?.[2] === '{"year":2021}' ? undefined : `store read back as ${JSON.stringify(rows)}`;
    }),
  );
  results.push(
    await check("a sealed (protected) sheet refuses writes, and clearing marks on other sheets still works", async () => {
      const other = await adapter.createFormSheet(layout);
      await adapter.markIssues([{ sheet: other, cell: "B6", severity: "error", note: "test" }]);
      await adapter.protectSheet(sheet);
      try {
        const refused = await adapter.writeCells([{ sheet, cell: "B6", value: "x" }]).then(
          () => false,
          () => true,
        );
        if (!refused) return "a write onto the protected sheet was accepted";
        await adapter.clearMarks();
        return undefined;
      } finally {
        await adapter.unprotectSheet(sheet);
      }
    }),
  );
  results.push(
    await check("writes and reads a date as the same day (switch the workbook to the 1904 date system and run again)", async () => {
      const day = new Date(Date.UTC(2021, 2, 15));
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange("P1").numberFormat = [["yyyy-mm-dd"]];
        await context.sync();
      });
      try {
        await adapter.writeCells([{ sheet, cell: "P1", value: day }]);
        const grid = (await adapter.readWorkbook()).find((g) => g.sheet === sheet);
        const read = grid?.values[1 - grid.origin.row]?.[16 - grid.origin.col];
        return read instanceof Date && read.getTime() === day.getTime() ? undefined : `P1 read back as ${String(read)}`;
      } finally {
        await Excel.run(async (context) => {
          context.workbook.worksheets.getItem(sheet).getRange("P1").clear();
          await context.sync();
        });
      }
    }),
  );
  results.push(
    await check("a protected sheet renamed keeps its worksheet id, and is unprotected by it", async () => {
      const before = (await adapter.readWorkbook()).find((g) => g.sheet === sheet)?.id;
      if (before === undefined) return "the form sheet has no id";
      await adapter.protectSheet(sheet);
      const renamed = `${sheet.slice(0, 20)} 改名`;
      try {
        await Excel.run(async (context) => {
          context.workbook.worksheets.getItem(before).name = renamed;
          await context.sync();
        });
        const after = (await adapter.readWorkbook()).find((g) => g.id === before)?.sheet;
        return after === renamed ? undefined : `the sheet with id ${before} reads as ${String(after)}`;
      } finally {
        await adapter.unprotectSheet(before);
        await Excel.run(async (context) => {
          context.workbook.worksheets.getItem(before).name = sheet;
          await context.sync();
        });
      }
    }),
  );
  results.push(
    await check("every batch waits while a cell is being edited (type in a cell without Enter while this runs)", async () => {
      // delayForCellEdit: Excel holds the batch until the clerk leaves the cell instead of failing it.
      const grids = await adapter.readWorkbook();
      return grids.length > 0 ? undefined : "nothing was read";
    }),
  );
  return results;
}
