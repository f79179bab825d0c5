import { join } from "node:path";
import { loadFile } from "../../src/cli/loadFile";
import { readWorkbook } from "../../src/xlsx/readGrids";

/**
 * Fixtures saved by LibreOffice Calc 7 (`soffice --headless --convert-to xlsx`) from qbench's own
 * template and from examples/01 (sealed); see docs/storage.md for how they were made.
 */
const FIXTURES = join(__dirname, "..", "fixtures");

describe("workbooks saved by LibreOffice", () => {
  test("the template still reads as the form: header row, header block, list sheet", async () => {
    const file = await loadFile(join(FIXTURES, "libreoffice-template.xlsx"));
    if (file.kind !== "read") throw new Error("unreadable");
    expect(file.form).toMatchObject({ sheet: "申报企业统计表", headerRow: 5, titleYear: 2021, rows: [] });
    expect(file.form!.header.unit?.value).toBe("浙江省经济和信息化厅");
    expect(file.readerIssues).toEqual([]);
    const { grids, sheets } = await readWorkbook(join(FIXTURES, "libreoffice-template.xlsx"));
    expect(sheets.map((s) => [s.name, s.state])).toEqual([
      ["申报企业统计表", "visible"],
      ["qbench_lists", "hidden"],
    ]);
    expect(grids[1]!.values.slice(0, 2)).toEqual([
      ["所在市", "所属行业"],
      ["杭州市", "农业"],
    ]);
  });

  test("a seal survives the round trip: the record reads back and still verifies", async () => {
    const file = await loadFile(join(FIXTURES, "libreoffice-sealed.xlsx"));
    if (file.kind !== "read" || file.store.seal === undefined) throw new Error("no seal after LibreOffice");
    expect(file.seal.state).toBe("valid");
    expect(file.form!.rows).toHaveLength(4);
  });

  test("LibreOffice keeps the store sheet but only as hidden, not very hidden", async () => {
    const { sheets } = await readWorkbook(join(FIXTURES, "libreoffice-sealed.xlsx"));
    expect(sheets.find((s) => s.name === "qbench_store")?.state).toBe("hidden");
  });
});
