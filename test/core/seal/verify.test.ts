import fc from "fast-check";
import { COLUMN_COUNT } from "../../../src/core/form/columns";
import type { FormSheet } from "../../../src/core/form/formSheet";
import { HEADER_FIELDS, type HeaderFieldKey } from "../../../src/core/form/formSpec";
import { cellAddress } from "../../../src/core/grid/address";
import type { CellValue } from "../../../src/core/grid/cell";
import { renderMessage } from "../../../src/core/issues/render";
import { canonicalValue } from "../../../src/core/seal/canonical";
import type { SealContent } from "../../../src/core/seal/canonicalV2";
import { SealRecordSchema, type SealInput } from "../../../src/core/seal/record";
import { checkSeal, verifySeal } from "../../../src/core/seal/verify";
import { goodRows, makeForm } from "../../helpers/form";
import { param } from "../../helpers/issues";
import { v1Record } from "../../helpers/sealVectors";

const INPUT: SealInput = {
  unit: "浙江省经济和信息化厅",
  sealedBy: "李明",
  sealedAt: new Date(Date.UTC(2021, 5, 2, 9, 0, 0)),
  year: 2021,
  quotaUsed: [{ label: "总名额", used: 2, limit: 5 }],
  confirmedWarnings: [{ code: "enterprise-name-format", cell: "B6", row: 6, value: "某某厂 " }],
  toolVersion: "0.1.0",
};

/** Version 1 covered the form only; its seals still verify, against the form alone. */
const NO_CONTENT: SealContent = { grid: undefined, sheets: [] };

function withCell(form: FormSheet, rowIndex: number, col: number, value: CellValue): FormSheet {
  return {
    ...form,
    rows: form.rows.map((r, i) => (i === rowIndex ? { ...r, values: r.values.map((v, c) => (c === col ? value : v)) } : r)),
  };
}

function withHeader(form: FormSheet, key: HeaderFieldKey, value: CellValue): FormSheet {
  return { ...form, header: { ...form.header, [key]: { cell: form.header[key]!.cell, value } } };
}

describe("version-1 seals", () => {
  it("pass the record's schema", async () => {
    const form = makeForm(goodRows({}, {}));
    const record = await v1Record(form, INPUT);
    expect(SealRecordSchema.parse(record)).toEqual(record);
    expect(record).toMatchObject({
      version: "qbench-seal-v1",
      sheet: "Sheet1",
      rowCount: 2,
      sealedAt: "2021-06-02T09:00:00.000Z",
      quotaUsed: INPUT.quotaUsed,
      confirmedWarnings: INPUT.confirmedWarnings,
    });
    expect(record.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(record.snapshot["B6"]).toBe("杭州海康威视数字技术股份有限公司");
    expect(record.snapshot["I6"]).toBe("1200");
  });
});

describe("verifySeal of a version-1 seal", () => {
  it("finds an untouched form valid", async () => {
    const form = makeForm(goodRows({}, {}));
    const result = await verifySeal(form, NO_CONTENT, await v1Record(form, INPUT));
    expect(result).toMatchObject({ state: "valid", version: "v1", changedCells: [], issues: [] });
  });

  it("ignores changes the sheet does not show: trailing spaces, CRLF vs LF, a number typed as text", async () => {
    const form = makeForm(goodRows({ phone: 13912345678, remark: "a\nb" }));
    const record = await v1Record(form, INPUT);
    const retyped = makeForm(goodRows({ phone: "13912345678 ", remark: "a\r\nb" }));
    expect((await verifySeal(retyped, NO_CONTENT, record)).state).toBe("valid");
  });

  it("names a changed data cell with its sealed and current value, in one seal-broken error", async () => {
    const form = makeForm(goodRows({}, {}));
    const record = await v1Record(form, INPUT);
    const result = await verifySeal(withCell(form, 1, 5, 99999), NO_CONTENT, record);
    expect(result.state).toBe("broken");
    expect(result.changedCells).toEqual([{ cell: "F6", sealed: "12000.5", current: "99999" }]);
    expect(result.issues).toHaveLength(1);
    const issue = result.issues[0]!;
    expect(issue).toMatchObject({ code: "seal-broken", severity: "error", sheet: "Sheet1", cell: "F6" });
    expect(renderMessage(issue, "zh")).toBe("封存后内容已改动：F6");
  });

  it("names a changed header value", async () => {
    const form = makeForm(goodRows({}));
    const record = await v1Record(form, INPUT);
    const result = await verifySeal(withHeader(form, "date", new Date(Date.UTC(2021, 5, 3))), NO_CONTENT, record);
    expect(result.changedCells).toEqual([{ cell: "H3", sealed: "2021-06-01", current: "2021-06-03" }]);
  });

  it("names every cell of an added row and of a removed row", async () => {
    const form = makeForm(goodRows({}, {}));
    const record = await v1Record(form, INPUT);
    const added = await verifySeal(makeForm(goodRows({}, {}, {})), NO_CONTENT, record);
    expect(added.changedCells.map((c) => c.cell)).toEqual(Array.from({ length: COLUMN_COUNT }, (_v, i) => cellAddress(7, i + 1)));
    expect(added.changedCells[1]).toEqual({ cell: "B7", sealed: null, current: "杭州海康威视数字技术股份有限公司" });
    const removed = await verifySeal(makeForm(goodRows({})), NO_CONTENT, record);
    expect(removed.changedCells).toHaveLength(COLUMN_COUNT);
    expect(removed.changedCells.every((c) => c.current === null && c.cell.endsWith("6"))).toBe(true);
    expect(param(removed.issues[0], "cells")).toBe(removed.changedCells.map((c) => c.cell).join(", "));
  });

  it("names the cells of a column that vanished even when they were empty", async () => {
    const form = makeForm(goodRows({}));
    const record = await v1Record(form, INPUT);
    const positions = form.columnPositions.map((p, i) => (i === COLUMN_COUNT - 1 ? undefined : p));
    const result = await verifySeal({ ...form, columnPositions: positions }, NO_CONTENT, record);
    expect(result.changedCells).toEqual([{ cell: "M5", sealed: "", current: null }]);
  });

  it("breaks when the form is gone, naming every sealed cell", async () => {
    const form = makeForm(goodRows({}));
    const record = await v1Record(form, INPUT);
    const result = await verifySeal(undefined, NO_CONTENT, record);
    expect(result.state).toBe("broken");
    expect(result.changedCells).toHaveLength(4 + COLUMN_COUNT);
    expect(result.issues[0]!.sheet).toBe("Sheet1");
  });

  it("breaks on a digest mismatch even when the snapshot shows no changed cell", async () => {
    const form = makeForm(goodRows({}));
    const record = await v1Record(form, INPUT);
    const result = await verifySeal(form, NO_CONTENT, { ...record, digest: "0".repeat(64) });
    expect(result.state).toBe("broken");
    expect(result.changedCells).toEqual([]);
    expect(result.recordChanged).toBe(true);
    expect(renderMessage(result.issues[0]!, "en")).toBe(
      "Content changed after sealing: the seal record itself was edited (who, when, the unit, the count, the confirmed warnings or the quota)",
    );
  });
});

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.constantFrom("杭州市", "１２３", "  有限公司 ", "🏭", "（集团）", "a\r\nb"),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1e6, max: 1e9 }),
  fc.boolean(),
  fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }),
  fc.constantFrom({ error: "#DIV/0!" }, { error: "#N/A" }),
  fc.constant(null),
);

const formArb: fc.Arbitrary<FormSheet> = fc
  .array(fc.array(cellValue, { minLength: COLUMN_COUNT, maxLength: COLUMN_COUNT }), { minLength: 1, maxLength: 4 })
  .chain((rows) => fc.tuple(fc.constant(rows), fc.array(cellValue, { minLength: 4, maxLength: 4 })))
  .map(([rows, header]) => {
    const base = makeForm([]);
    const form: FormSheet = {
      ...base,
      rows: rows.map((values, i) => ({ rowNumber: 5 + i, values })),
    };
    return HEADER_FIELDS.reduce((f, { key }, i) => withHeader(f, key, header[i]!), form);
  });

describe("seal property", () => {
  it("an unchanged form is valid; changing any single cell breaks the seal naming exactly that cell", async () => {
    await fc.assert(
      fc.asyncProperty(formArb, fc.nat(), fc.nat(), cellValue, async (form, pick, pickCol, replacement) => {
        const record = await v1Record(form, INPUT);
        expect((await verifySeal(form, NO_CONTENT, record)).state).toBe("valid");
        const headerCount = HEADER_FIELDS.length;
        const slot = pick % (headerCount + form.rows.length);
        let changed: FormSheet;
        let address: string;
        let before: CellValue;
        if (slot < headerCount) {
          const key = HEADER_FIELDS[slot]!.key;
          before = form.header[key]!.value;
          address = form.header[key]!.cell;
          changed = withHeader(form, key, replacement);
        } else {
          const rowIndex = slot - headerCount;
          const col = pickCol % COLUMN_COUNT;
          before = form.rows[rowIndex]!.values[col]!;
          address = cellAddress(form.rows[rowIndex]!.rowNumber, col + 1);
          changed = withCell(form, rowIndex, col, replacement);
        }
        fc.pre(canonicalValue(before) !== canonicalValue(replacement));
        const result = await verifySeal(changed, NO_CONTENT, record);
        expect(result.state).toBe("broken");
        expect(result.changedCells.map((c) => c.cell)).toEqual([address]);
        expect(result.issues.map((i) => [i.code, param(i, "cells")])).toEqual([["seal-broken", address]]);
      }),
      { numRuns: 200 },
    );
  });
});

describe("checkSeal", () => {
  it("reports an unsealed form as none with a seal-missing warning, an error where seals are required", async () => {
    const form = makeForm(goodRows({}));
    const unsealed = await checkSeal(form, NO_CONTENT, undefined);
    expect(unsealed.state).toBe("none");
    expect(unsealed.issues.map((i) => [i.code, i.severity, i.sheet])).toEqual([["seal-missing", "warning", "Sheet1"]]);
    const required = await checkSeal(form, NO_CONTENT, undefined, { requireSeal: true });
    expect(required.issues.map((i) => i.severity)).toEqual(["error"]);
  });

  it("verifies a sealed form", async () => {
    const form = makeForm(goodRows({}));
    const record = await v1Record(form, INPUT);
    expect((await checkSeal(form, NO_CONTENT, record)).state).toBe("valid");
    expect((await checkSeal(withCell(form, 0, 1, "别的公司"), NO_CONTENT, record)).state).toBe("broken");
  });
});
