import fc from "fast-check";
import { CHUNK_SIZE, chunkText, decodeStore, encodeStore } from "../../../src/core/storage/codec";
import type { WorkbookStore } from "../../../src/core/storage/store";
import { v1Record } from "../../helpers/sealVectors";
import { goodRows, makeForm } from "../../helpers/form";

async function sealedStore(remark: string, rows = 1): Promise<WorkbookStore> {
  const form = makeForm(goodRows(...Array.from({ length: rows }, () => ({ remark }))));
  const seal = await v1Record(form, {
    unit: "浙江省经济和信息化厅",
    sealedBy: "李明",
    sealedAt: new Date(Date.UTC(2021, 5, 2)),
    year: 2021,
    quotaUsed: [{ label: "总名额", used: rows, limit: 40 }],
    confirmedWarnings: [],
    toolVersion: "0.1.0",
  });
  return {
    seal,
    quota: { unit: "浙江省经济和信息化厅", total: 40, perCity: { 杭州市: 8 }, perSection: { C: 30 } },
    settings: { year: 2021, region: "330000", unit: "浙江省经济和信息化厅", moneyUnit: "万元", lang: "zh" },
  };
}

const FORMULA_START = /^[=+\-@]/;

describe("encodeStore / decodeStore", () => {
  it("round-trips the seal, the quota and the settings", async () => {
    const store = await sealedStore("2019年省质量标杆", 3);
    const rows = encodeStore(store);
    expect(rows[0]!.slice(0, 2)).toEqual(["qbench-store", "1"]);
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ["seal", "0"],
      ["quota", "0"],
      ["settings", "0"],
    ]);
    expect(decodeStore(rows)).toEqual({ store, problems: [], damaged: [] });
  });

  it("splits a large record into cells Excel can hold and reads it back", async () => {
    const store = await sealedStore("长".repeat(5000) + "🏭", 30);
    const rows = encodeStore(store);
    const sealRows = rows.filter((r) => r[0] === "seal");
    expect(sealRows.length).toBeGreaterThan(4);
    expect(sealRows.map((r) => r[1])).toEqual(sealRows.map((_r, i) => String(i)));
    for (const r of rows) expect(r[2]!.length).toBeLessThanOrEqual(CHUNK_SIZE);
    expect(decodeStore(rows).store).toEqual(store);
  });

  it("reads chunks in index order whatever order the rows come in, and indices typed as numbers", async () => {
    const store = await sealedStore("x".repeat(20000), 4);
    const [format, ...rest] = encodeStore(store);
    const shuffled = [format!, ...rest.reverse().map((r) => [r[0], Number(r[1]), r[2]])];
    expect(decodeStore(shuffled).store).toEqual(store);
  });

  it("writes no cell that starts like a formula", async () => {
    const sealed = await sealedStore("-".repeat(CHUNK_SIZE + 10) + "=@+", 2);
    const store: WorkbookStore = { ...sealed, settings: { unit: '=HYPERLINK("x")', moneyUnit: "@万元" } };
    const rows = encodeStore(store);
    expect(rows.filter((r) => r[0] === "seal").length).toBeGreaterThan(1);
    for (const r of rows) for (const c of r) expect(c).not.toMatch(FORMULA_START);
    expect(decodeStore(rows).store).toEqual(store);
  });

  it("writes an empty store as the format row alone", () => {
    expect(encodeStore({})).toHaveLength(1);
    expect(decodeStore(encodeStore({}))).toEqual({ store: {}, problems: [], damaged: [] });
  });
});

describe("chunkText", () => {
  it("never splits a surrogate pair and never starts a chunk with = + - @", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), fc.integer({ min: 2, max: 40 }), (text, size) => {
        const chunks = chunkText(text, size);
        expect(chunks.join("")).toBe(text);
        for (const c of chunks) expect(c.length).toBeLessThanOrEqual(size);
        for (const c of chunks.slice(1)) {
          expect(c.charCodeAt(0) >= 0xdc00 && c.charCodeAt(0) <= 0xdfff && /[\ud800-\udbff]$/.test(chunks[0]!)).toBe(false);
        }
      }),
    );
  });

  it("keeps emoji whole at a boundary", () => {
    const text = "ab🏭cd";
    expect(chunkText(text, 3)).toEqual(["ab", "🏭c", "d"]);
  });

  it("moves the cut back past characters that would start a formula", () => {
    expect(chunkText('{"a":"x=-1"}', 8)).toEqual(['{"a":"', 'x=-1"}']);
  });
});

describe("decodeStore on damaged input", () => {
  it("reads an absent sheet as an empty store without problems", () => {
    expect(decodeStore(undefined)).toEqual({ store: {}, problems: [], damaged: [] });
    expect(decodeStore([])).toEqual({ store: {}, problems: [], damaged: [] });
    expect(decodeStore([["", ""], []])).toEqual({ store: {}, problems: [], damaged: [] });
  });

  it("refuses a sheet without the format row", () => {
    const r = decodeStore([["seal", "0", "{}"]]);
    expect(r.store).toEqual({});
    expect(r.problems).toEqual(["隐藏数据表没有格式行，无法读取"]);
  });

  it("refuses a newer format rather than misreading it", () => {
    const r = decodeStore(
      [
        ["qbench-store", "2", ""],
        ["settings", "0", '{"year":2021}'],
      ],
      "en",
    );
    expect(r.store).toEqual({});
    expect(r.problems).toEqual(["The store's format version “2” is unknown; use a newer version of the add-in"]);
  });

  it("keeps what is sound and names what is not", async () => {
    const store = await sealedStore("", 1);
    const rows = encodeStore(store).map((r) => (r[0] === "quota" ? ["quota", "0", r[2]!.slice(0, 10)] : r));
    rows.push(["settings", "x", "{}"], ["colour", "0", "{}"]);
    const r = decodeStore(rows, "en");
    expect(r.store).toEqual({ seal: store.seal, settings: store.settings });
    expect(r.problems).toEqual([
      "A row of “settings” has no valid chunk index",
      "“quota” is not valid JSON and was ignored",
      "Unknown entry “colour” ignored",
    ]);
  });

  it("names a missing chunk and a record that fails its schema", async () => {
    const store = await sealedStore("y".repeat(70000), 1);
    const rows = encodeStore(store).filter((r) => !(r[0] === "seal" && r[1] === "1"));
    rows.push(["settings", "0", '{"lang":"fr"}']);
    const r = decodeStore(
      rows.filter((row) => row[0] !== "settings" || row[2] === '{"lang":"fr"}'),
      "en",
    );
    expect(r.store).toEqual({ quota: store.quota });
    expect(r.problems).toHaveLength(2);
    expect(r.problems[0]).toBe("“seal” is missing a chunk and was ignored");
    expect(r.problems[1]).toMatch(/^“settings” is invalid and was ignored: lang/);
  });

  it("never throws, whatever the sheet holds", () => {
    const cell = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.date(), fc.object());
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 8 }), fc.boolean(), (rows, withHead) => {
        const input = withHead ? [["qbench-store", "1"], ...rows] : rows;
        const r = decodeStore(input);
        expect(Array.isArray(r.problems)).toBe(true);
      }),
    );
    expect(decodeStore("garbage" as unknown as string[][]).store).toEqual({});
  });
});
